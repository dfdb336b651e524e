using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Accounts;
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

    [Fact]
    public async Task App_Trusts_Declared_Languages_And_Scores_Undetermined_Latin_Posts_As_English()
    {
        var app = new AppFixture();
        try
        {
            string[] lines =
            [
                """{"id":"names","lang":"en","text":"Paris Geller, Emily Gilmore, Mrs. Kim, Miss Patty #StarsHollowFinest"}""",
                """{"id":"cafe","lang":"en","text":"Sookie St. James et Michel Gerard à l'Auberge Dragonfly, Stars Hollow"}""",
                """{"id":"declared-fr","lang":"fr","text":"The match tonight was amazing, thank you all"}""",
                """{"id":"undetermined","text":"Kowalczyk Nguyen Oyelaran Szymborska Tchaikovsky Okonkwo Brzęczyszczykiewicz Wojtyła Xochimilco"}""",
                """{"id":"detected-fr","text":"Le match de ce soir était vraiment incroyable, merci à tous"}""",
            ];
            var file = Path.Combine(app.TempDirectory, "declared.jsonl");
            await File.WriteAllLinesAsync(file, lines);
            app.Settings["Monitors:Startup:0"] = "replay:" + file;
            await app.InitializeAsync();

            await app.WaitForPostAsync("detected-fr");

            var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
            await using var db = await contexts.CreateDbContextAsync();
            var stored = await db.Posts.OrderBy(p => p.Id).Select(p => new { p.SourceId, p.Language, p.Scored, HasRisk = p.Risk != null }).ToListAsync();
            Assert.Equal(
                [("names", "en", true), ("cafe", "en", true), ("declared-fr", "fr", false), ("undetermined", "und", true), ("detected-fr", "fr", false)],
                stored.Select(p => (p.SourceId, p.Language!, p.Scored && p.HasRisk)));

            using var client = await app.CreateSignedInClientAsync(Roles.Analyst);
            var csv = await client.GetStringAsync("/export/posts.csv");
            var undetermined = Assert.Single(csv.Split('\n'), line => line.StartsWith("undetermined,", StringComparison.Ordinal));
            Assert.Matches(",und,Kowalczyk [^,]+,(negative|neutral|positive),0\\.", undetermined);
            app.Logs.AssertNoErrors();
        }
        finally
        {
            await ((IAsyncLifetime)app).DisposeAsync();
        }
    }
}
