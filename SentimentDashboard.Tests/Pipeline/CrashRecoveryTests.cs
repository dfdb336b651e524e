using System.Diagnostics;
using System.Text;
using Microsoft.Data.Sqlite;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Review;
using Xunit.Abstractions;

namespace SentimentDashboard.Tests.Pipeline;

/// <summary>
/// The app as its own process, killed (SIGKILL) in the middle of a replay and started again on the same file: every
/// post is stored once, every risky one reaches the review queue once and the High risk rule's alerts once.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Lines = 20_000;
    private const int KillAfter = 3_000;

    private readonly TempDirectory temp = new();

    private string Database => Path.Combine(temp.Path, "app.db");

    public void Dispose() => temp.Dispose();

    [Fact]
    public async Task A_replay_killed_midway_and_started_again_loses_no_post_no_alert_and_no_review_item()
    {
        var replay = temp.Write("posts.jsonl", string.Join('\n', Enumerable.Range(0, Lines).Select(i => ReplayFiles.Line(
            $"p{i}", i % 10 == 0 ? $"{ReviewFixture.HatefulTexts[i / 10 % ReviewFixture.HatefulTexts.Length]} {i}" : $"{ReviewFixture.CalmText} {i}"))));

        using (var first = AppProcess.Start(replay, Database))
        {
            await WaitForAsync(async () => await CountAsync("SELECT COUNT(*) FROM Posts") >= KillAfter, first);
            first.Kill();
        }

        var stored = await CountAsync("SELECT COUNT(*) FROM Posts");
        output.WriteLine($"killed with {stored} posts stored, alert mark at {await CountAsync("SELECT LastPostId FROM AlertMarks")}, {await CountAsync("SELECT COUNT(*) FROM ReviewItems")} review items");
        Assert.InRange(stored, KillAfter, Lines - 1);

        using var second = AppProcess.Start(replay, Database);
        var minimumRisk = new ReviewOptions().MinimumRisk;
        const string HighRisk = "SELECT Threshold FROM AlertRules WHERE Name = 'High risk'";
        var risky = $"SELECT COUNT(*) FROM Posts WHERE Risk >= {minimumRisk}";
        var alerting = $"SELECT COUNT(*) FROM Posts WHERE Risk >= ({HighRisk})";
        var alerted = $"""
            SELECT COUNT(*) FROM AlertPosts l JOIN Alerts a ON a.Id = l.AlertId JOIN Posts p ON p.Id = l.PostId
            WHERE a.RuleName = 'High risk' AND p.Risk >= ({HighRisk})
            """;
        await WaitForAsync(
            async () => await CountAsync("SELECT COUNT(*) FROM Posts") == Lines
                && await CountAsync("SELECT COUNT(*) FROM ReviewItems") == await CountAsync(risky)
                && await CountAsync(alerted) == await CountAsync(alerting),
            second);

        Assert.Equal(Lines, await CountAsync("SELECT COUNT(DISTINCT SourceId) FROM Posts"));
        Assert.Equal(Lines / 10, await CountAsync(risky));
        Assert.True(await CountAsync(alerting) > 0, "no post reached the High risk rule's threshold");
        Assert.Equal(await CountAsync(risky), await CountAsync($"SELECT COUNT(DISTINCT PostId) FROM ReviewItems WHERE Risk >= {minimumRisk}"));
        Assert.Equal(await CountAsync(alerting), await CountAsync(alerted.Replace("COUNT(*)", "COUNT(DISTINCT l.PostId)", StringComparison.Ordinal)));
        Assert.DoesNotContain(" fail:", second.Output, StringComparison.Ordinal);
    }

    private async Task<long> CountAsync(string sql)
    {
        try
        {
            return await SqliteFile.ScalarAsync(Database, sql);
        }
        catch (SqliteException)
        {
            return -1; // The app is still creating the file's tables.
        }
    }

    /// <summary>Polls the database (written by another process, so there is nothing to subscribe to) until <paramref name="condition"/> holds.</summary>
    private async Task WaitForAsync(Func<Task<bool>> condition, AppProcess app)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (app.HasExited || clock.Elapsed > PipelineHost.Timeout)
            {
                Assert.Fail($"the app {(app.HasExited ? "exited" : "did not get there in time")}; its output:{Environment.NewLine}{app.Output}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>This build of the app started by <c>dotnet</c>, replaying one file into one database, its output kept.</summary>
    private sealed class AppProcess : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();

        private AppProcess(Process process) => _process = process;

        public bool HasExited => _process.HasExited;

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static AppProcess Start(string replay, string database)
        {
            var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.GetDirectoryName(database)!,
            };
            foreach (var argument in new[]
            {
                Path.Combine(AppContext.BaseDirectory, "SentimentDashboard.dll"), "--urls", "http://127.0.0.1:0", "--db", database, "--replay", replay,
                "--Monitors:SeedDemo=false",
            })
            {
                start.ArgumentList.Add(argument);
            }

            var app = new AppProcess(Process.Start(start)!);
            app._process.OutputDataReceived += (_, line) => app.Keep(line.Data);
            app._process.ErrorDataReceived += (_, line) => app.Keep(line.Data);
            app._process.BeginOutputReadLine();
            app._process.BeginErrorReadLine();
            return app;
        }

        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public void Dispose()
        {
            if (!_process.HasExited)
            {
                Kill();
            }

            _process.Dispose();
        }

        private void Keep(string? line)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }
}
