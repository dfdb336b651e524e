using System.Globalization;
using System.Text.Json;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Replay files for browser tests: one JSON line a post, stamped five minutes ago so the default views show it.</summary>
public static class ReplayFiles
{
    public static string Line(string id, string text, string author = "@tester") =>
        JsonSerializer.Serialize(new { id, created_at = DateTimeOffset.UtcNow.AddMinutes(-5).ToString("O"), author, text, lang = "en" });

    /// <summary>Writes <paramref name="lines"/> and starts <paramref name="app"/> replaying them (<paramref name="rate"/> posts a second; null: at once).</summary>
    public static async Task StartAsync(AppFixture app, IEnumerable<string> lines, int? rate = null)
    {
        var replay = Path.Combine(app.TempDirectory, "posts.jsonl");
        await File.WriteAllLinesAsync(replay, lines);
        app.Settings["Monitors:Startup:0"] = "replay:" + replay;
        if (rate is { } perSecond)
        {
            app.Settings["Replay:Rate"] = perSecond.ToString(CultureInfo.InvariantCulture);
        }

        await app.InitializeAsync();
    }
}
