using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Tests.Monitoring;

public sealed class MonitorTargetsTests
{
    [Fact]
    public void TryParse_Splits_Kind_And_Target_At_First_Colon()
    {
        Assert.True(MonitorTargets.TryParse("Mastodon:https://mastodon.social/tags/news", out var kind, out var target, out var error));

        Assert.Equal(MonitorKind.Mastodon, kind);
        Assert.Equal("https://mastodon.social/tags/news", target);
        Assert.Null(error);
    }

    [Theory]
    [InlineData("nothing", "is not KIND:TARGET")]
    [InlineData("tiktok:https://example.org/live", "unknown monitor kind 'tiktok' (expected one of: replay, mastodon, bluesky, rss, live)")]
    [InlineData("1:https://example.org", "unknown monitor kind '1'")]
    [InlineData("mastodon:not a url", "is not an absolute URL")]
    [InlineData("replay:/no/such/file.jsonl", "does not exist")]
    [InlineData("mastodon:rtmp://example.org/live", "a mastodon monitor cannot watch rtmp: addresses")]
    [InlineData("live:ftp://example.org/a.mp3", "a live monitor cannot watch ftp: addresses")]
    [InlineData("rss:#news", "'#news' is not an absolute URL (an rss monitor watches a web address)")]
    [InlineData("rss:file:///etc/passwd", "an rss monitor cannot watch file: addresses")]
    [InlineData("bluesky:lang:en", "a bluesky monitor needs words, #tags or authors")]
    [InlineData("bluesky:https://bsky.app/profile/alice", "unknown filter 'https:'")]
    public void TryParse_Explains_Problem_When_Spec_Is_Wrong(string spec, string expected)
    {
        Assert.False(MonitorTargets.TryParse(spec, out _, out _, out var error));

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("live:https://example.org/radio.m3u8")]
    [InlineData("live:rtmp://example.org/app/stream")]
    [InlineData("live:rtsp://camera.local/audio")]
    [InlineData("live:https://www.tiktok.com/@someone/live")]
    public void TryParse_Accepts_Stream_Addresses_For_Live_Monitors(string spec)
    {
        Assert.True(MonitorTargets.TryParse(spec, out var kind, out _, out var error), error);
        Assert.Equal(MonitorKind.Live, kind);
    }

    [Theory]
    [InlineData("bluesky:#news", MonitorKind.Bluesky)]
    [InlineData("bluesky:climate \"heat wave\" lang:en,fr", MonitorKind.Bluesky)]
    [InlineData("bluesky:did:plc:alice2345alice2345alice2", MonitorKind.Bluesky)]
    [InlineData("rss:https://example.org/feed.xml", MonitorKind.Rss)]
    public void TryParse_Accepts_Bluesky_Queries_And_Feed_Addresses(string spec, MonitorKind expected)
    {
        Assert.True(MonitorTargets.TryParse(spec, out var kind, out _, out var error), error);
        Assert.Equal(expected, kind);
    }

    [Fact]
    public void Normalize_Makes_Same_Mastodon_Timeline_Equal_When_Written_Differently()
    {
        var a = MonitorTargets.Normalize(MonitorKind.Mastodon, "https://Mastodon.Social/tags/News/");
        var b = MonitorTargets.Normalize(MonitorKind.Mastodon, " https://mastodon.social:443/tags/news#top ");

        Assert.Equal("https://mastodon.social/tags/news", a);
        Assert.Equal(a, b);
    }

    [Fact]
    public void Normalize_Keeps_Path_Case_When_Kind_Is_Not_Mastodon()
    {
        Assert.Equal("https://example.org/Feed.xml", MonitorTargets.Normalize(MonitorKind.Rss, "HTTPS://EXAMPLE.org/Feed.xml"));
    }
}
