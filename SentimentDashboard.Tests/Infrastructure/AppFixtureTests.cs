using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SentimentDashboard.Tests.Infrastructure;

[Collection(AppCollection.Name)]
public sealed class AppFixtureTests(AppFixture app)
{
    [Fact]
    public void AppFixture_Gives_App_Temporary_Database_Path_When_Started()
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();

        Assert.Equal(app.DatabasePath, configuration["Database:Path"]);
        Assert.StartsWith(app.TempDirectory, app.DatabasePath, StringComparison.Ordinal);
        Assert.True(Directory.Exists(app.TempDirectory));
    }

    [Fact]
    public void AppFixture_Listens_On_Loopback_Port_When_Started()
    {
        Assert.Equal("127.0.0.1", app.BaseAddress.Host);
        Assert.NotEqual(0, app.BaseAddress.Port);
    }

    [Fact]
    public async Task AppFixture_Serves_Over_Kestrel_When_Started()
    {
        using var client = app.CreateHttpClient();

        var health = await client.GetStringAsync("/health");

        Assert.Contains("\"ok\"", health, StringComparison.Ordinal);
        Assert.NotEmpty(app.Services.GetServices<IHostedService>());
    }
}
