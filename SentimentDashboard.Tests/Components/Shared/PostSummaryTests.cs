using Bunit;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Shared;

public sealed class PostSummaryTests : ComponentTestContext
{
    [Fact]
    public void PostSummary_Says_Undetermined_Post_Was_Scored_As_English()
    {
        var summary = Render<PostSummary>(p => p.Add(s => s.Post, Row("und", scored: true)));

        var language = summary.Find(".post-lang");
        Assert.Equal("und, scored as en", language.TextContent);
        Assert.Contains("English models", language.GetAttribute("title"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("und", false)]
    [InlineData("en", true)]
    [InlineData("fr", false)]
    public void PostSummary_Shows_Language_Alone_When_Scored_In_It_Or_Unscored(string language, bool scored)
    {
        var summary = Render<PostSummary>(p => p.Add(s => s.Post, Row(language, scored)));

        Assert.Equal(language, summary.Find(".post-lang").TextContent);
    }

    private static PostRow Row(string language, bool scored) => new(
        1, "p1", DateTimeOffset.UnixEpoch, 1, "replay: posts.jsonl", "ana", language, "Kowalczyk Nguyen Oyelaran", null, scored,
        scored ? "neutral" : null, scored ? 0.2f : null, scored ? 0.6f : null, scored ? 0.2f : null, scored ? 0.1f : null,
        scored ? 0.1f : null, scored ? "joy" : null, scored ? 0.1f : null);
}
