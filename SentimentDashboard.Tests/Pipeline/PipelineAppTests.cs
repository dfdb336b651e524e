using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Pipeline;

/// <summary>The whole app, started as <c>--replay FILE</c> would start it, on its own database.</summary>
public sealed class PipelineAppTests
{
    private const int English = 300;
    private const int French = 20;

    [Fact]
    public async Task App_Commits_Every_Replayed_Post_When_Started_With_Replay()
    {
        var app = new AppFixture();
        try
        {
            var lines = Enumerable.Range(1, English).Select(i => $"{{\"id\":\"en-{i}\",\"text\":\"Post {i}: the match tonight was amazing #football\"}}")
                .Concat(Enumerable.Range(1, French).Select(i => $"{{\"id\":\"fr-{i}\",\"text\":\"Le match de ce soir était vraiment incroyable, merci à tous\"}}"));
            var file = Path.Combine(app.TempDirectory, "posts.jsonl");
            await File.WriteAllLinesAsync(file, lines);
            app.Settings["Monitors:Startup:0"] = "replay:" + file;
            await app.InitializeAsync();

            await app.WaitForPostAsync($"fr-{French}");

            var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
            await using var db = await contexts.CreateDbContextAsync();
            Assert.Equal(English + French, await db.Posts.CountAsync());
            Assert.Equal(English, await db.Posts.CountAsync(p => p.Scored && p.Language == "en" && p.Sentiment != null && p.Risk != null));
            Assert.Equal(French, await db.Posts.CountAsync(p => !p.Scored && p.Language == "fr" && p.Sentiment == null && p.Risk == null));
            Assert.Equal(English, await db.PostTags.CountAsync(t => t.Tag == "football"));
            var monitor = await db.Monitors.SingleAsync();
            Assert.Equal((MonitorKind.Replay, file, $"{English + French}"), (monitor.Kind, monitor.Target, monitor.Cursor));

            using var client = app.CreateHttpClient();
            using var health = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            app.Logs.AssertNoErrors();
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
