using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Analysis;
using SentimentDashboard.Api;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Api;

/// <summary>
/// <c>GET /api/overview</c> on the running app returns what the page's loader reads for the same query string. The app
/// is its own: the posts written here would show on the shared app's pages that expect none.
/// </summary>
public sealed class OverviewEndpointTests : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private readonly AppFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task Overview_WithThePagesQueryString_EqualsTheLoadersNumbers()
    {
        var replay = Path.Combine(app.TempDirectory, "api-overview.jsonl");
        await File.WriteAllTextAsync(replay, "");
        var monitor = (await app.Services.GetRequiredService<MonitorRegistry>().AddAsync(MonitorKind.Replay, replay)).Monitor!.Id;
        var start = DateTimeOffset.UtcNow.AddHours(-2);
        var input = app.Services.GetRequiredService<ChannelQueue<RawPost>>();
        for (var i = 0; i < 12; i++)
        {
            await input.Writer.WriteAsync(Posts.Raw(monitor, $"api-{i}", i % 2 == 0 ? "Storm warning tonight, stay inside #news" : "What a lovely sunny day #city") with
            {
                CreatedAt = start.AddMinutes(9 * i),
            });
        }

        await app.WaitForPostAsync("api-11");
        using var client = app.CreateApiClient();
        var loader = app.Services.GetRequiredService<OverviewLoader>();
        var range = $"from={start.AddMinutes(-1):yyyy-MM-ddTHH:mm:ssZ}&to={start.AddHours(2):yyyy-MM-ddTHH:mm:ssZ}";
        foreach (var query in new[] { $"?{range}&monitor={monitor}", $"?{range}&monitor={monitor}&sentiment=negative&lang=en", $"?{range}&tag=city&monitor={monitor}" })
        {
            var response = await client.GetFromJsonAsync<OverviewResponse>("/api/overview" + query, Web);
            var overview = await loader.LoadAsync(PostFilter.Parse(query), OverviewLoader.TopItems);

            Assert.NotNull(response);
            Assert.True(response.Counters.Posts > 0 || query.Contains("sentiment", StringComparison.Ordinal), query);
            Assert.Equal(overview.Counters, response.Counters);
            Assert.Equal(JsonSerializer.Serialize(overview.Timeline), JsonSerializer.Serialize(response.Timeline));
            Assert.Equal(JsonSerializer.Serialize(overview.Toxicity), JsonSerializer.Serialize(response.Toxicity));
            Assert.Equal(overview.Tags, response.Tags);
            Assert.Equal(overview.Languages, response.Languages);
            Assert.Equal(overview.Volumes, response.Monitors);
            Assert.Equal(overview.Authors, response.Authors);
            Assert.Equal(overview.Granularity.ToString().ToLowerInvariant(), response.Granularity);
        }
    }

    [Fact]
    public async Task Overview_WithoutTheApiKey_IsRefused()
    {
        using var client = app.CreateHttpClient();

        using var response = await client.GetAsync("/api/overview?range=24h");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
