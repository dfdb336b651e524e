using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Bluesky;

namespace SentimentDashboard.Tests.Monitoring.Bluesky;

public sealed class BlueskyQueryTests
{
    [Fact]
    public void Parse_Reads_Words_Phrases_Tags_Authors_And_Languages()
    {
        var query = BlueskyQuery.Parse("""Climate "Heat   Wave" #Heatwave did:plc:alice2345alice2345alice2 lang:en,pt-BR""");

        Assert.Equal(["climate", "heat wave", "#heatwave"], query.Terms);
        Assert.Equal([JetstreamTest.Alice], query.Dids);
        Assert.Equal(["en", "pt"], query.Languages);
        Assert.Equal("""climate "heat wave" #heatwave did:plc:alice2345alice2345alice2 lang:en,pt""", query.ToString());
    }

    [Theory]
    [InlineData("lang:en", "needs words, #tags or authors (did:plc:…) to watch; languages only narrow them")]
    [InlineData("   ", "needs words, #tags or authors")]
    [InlineData("news lang:english", "'english' is not a language code")]
    [InlineData("did:plc:short", "'did:plc:short' is not a DID (did:plc:… or did:web:…)")]
    [InlineData("#", "'#' is not a hashtag")]
    [InlineData("#a-b", "'#a-b' is not a hashtag")]
    [InlineData("@alice.bsky.social", "follow an account by its DID")]
    [InlineData("from:alice news", "unknown filter 'from:'")]
    public void TryParse_Says_What_Is_Wrong(string target, string expected)
    {
        Assert.False(BlueskyQuery.TryParse(target, out _, out var problem));

        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void The_Same_Query_Written_Differently_Is_One_Monitor()
    {
        var a = MonitorTargets.Normalize(MonitorKind.Bluesky, "#Climate climate lang:fr,en");
        var b = MonitorTargets.Normalize(MonitorKind.Bluesky, " CLIMATE  #climate lang:en lang:fr ");

        Assert.Equal(a, b);
        Assert.Equal("#climate climate lang:en,fr", a);
        Assert.Equal("climate #climate lang:en,fr", MonitorTargets.Canonical(MonitorKind.Bluesky, " CLIMATE  #climate lang:en lang:fr "));
    }
}
