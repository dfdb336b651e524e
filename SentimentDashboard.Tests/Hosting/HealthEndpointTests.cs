using System.Net;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Hosting;

[Collection(AppCollection.Name)]
public sealed class HealthEndpointTests(AppFixture app)
{
    [Fact]
    public async Task Health_Returns_Ok_When_Requested()
    {
        using var client = app.CreateHttpClient();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("""{"status":"ok"}""", await response.Content.ReadAsStringAsync());
    }
}
