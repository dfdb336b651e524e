using System.Net;
using System.Text.Json;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class OpenApiTests(AppFixture app)
{
    [Fact]
    public async Task OpenApiDocument_DescribesTheApiEndpoints()
    {
        using var client = app.CreateApiClient();

        using var response = await client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("3.", json.RootElement.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/api/predict", paths);
        Assert.Contains("/api/posts.csv", paths);
        Assert.Contains("/api/overview", paths);
        Assert.True(json.RootElement.GetProperty("paths").GetProperty("/api/predict").TryGetProperty("post", out _));
    }
}
