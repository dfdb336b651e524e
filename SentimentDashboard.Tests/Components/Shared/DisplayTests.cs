using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Tests.Components.Shared;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("replay:/data/uploads/posts-3f2a.jsonl", "replay: posts-3f2a.jsonl")]
    [InlineData("mastodon:https://mastodon.social/tags/news/", "mastodon: mastodon.social/tags/news")]
    [InlineData("live:rtmp://127.0.0.1:1935/live/stream", "live: 127.0.0.1:1935/live/stream")]
    [InlineData("no kind here", "no kind here")]
    public void MonitorLabel_KeepsWhatTellsMonitorsApart(string name, string label) => Assert.Equal(label, Display.MonitorLabel(name));

    [Theory]
    [InlineData(0.425f, "43%")]
    [InlineData(null, "—")]
    [InlineData(float.NaN, "—")]
    public void Percent_IsWholeAndInvariant(float? probability, string text) => Assert.Equal(text, Display.Percent(probability));

    [Theory]
    [InlineData("https://example.org/a?b=1", "https://example.org/a?b=1")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("/relative/path", null)]
    [InlineData(null, null)]
    public void SafeLinks_KeepOnlyAbsoluteHttpAddresses(string? url, string? kept) => Assert.Equal(kept, SafeLinks.Http(url));
}
