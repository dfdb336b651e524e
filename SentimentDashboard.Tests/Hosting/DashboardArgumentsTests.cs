using SentimentDashboard.Hosting;

namespace SentimentDashboard.Tests.Hosting;

public sealed class DashboardArgumentsTests
{
    [Fact]
    public void ToConfigurationArguments_Numbers_Startup_Monitors_When_Replay_And_Monitor_Repeat()
    {
        var args = DashboardArguments.ToConfigurationArguments(
            ["--urls", "http://127.0.0.1:5000", "--replay", "posts.jsonl", "--monitor", "mastodon:https://mastodon.social/@Gargron",
             "--replay-rate", "50", "--monitor", "replay:other.csv", "--db", "x.db"]);

        Assert.Equal(
            ["--urls", "http://127.0.0.1:5000", "--Monitors:Startup:0=replay:posts.jsonl", "--Monitors:Startup:1=mastodon:https://mastodon.social/@Gargron",
             "--Replay:Rate=50", "--Monitors:Startup:2=replay:other.csv", "--Database:Path=x.db"],
            args);
    }
}
