using System.Net;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components;

[Collection(AppCollection.Name)]
public sealed class StatusPageTests(AppFixture app)
{
    [Fact]
    public async Task StatusPage_Lists_Pipeline_Stages_And_Side_Workers_And_Says_How_To_Add_Monitor_When_None()
    {
        using var client = await app.CreateSignedInClientAsync();

        using var response = await client.GetAsync("/status");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<td>classify</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>store</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>alert rules</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>review queue</td>", html, StringComparison.Ordinal);
        Assert.Contains("No monitors yet", html, StringComparison.Ordinal);
    }
}
