using Bunit;
using SentimentDashboard.Components.Review;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.Review;

public sealed class ReviewCardTests : ComponentTestContext
{
    [Fact]
    public void An_item_whose_post_is_gone_says_so_and_keeps_its_copy()
    {
        var card = Render(Item(postId: null, "they are animals <b>all of them</b>"));

        Assert.Equal("post deleted", card.Find("[data-testid=review-post-gone]").TextContent.Trim());
        Assert.Equal("they are animals <b>all of them</b>", card.Find("[data-testid=review-text]").TextContent);
        Assert.Empty(card.FindAll("[data-testid=review-text] b"));
    }

    [Fact]
    public void A_stored_post_has_no_deletion_chip_and_a_long_text_shows_its_start()
    {
        var card = Render(Item(postId: 7, new string('x', 2_500)));

        Assert.Empty(card.FindAll("[data-testid=review-post-gone]"));
        Assert.Equal(new string('x', 2_000) + " … (500 more characters)", card.Find("[data-testid=review-text]").TextContent);
        Assert.Equal("replay: burst.jsonl", card.Find(".post-monitor").TextContent);
    }

    private IRenderedComponent<ReviewCard> Render(ReviewItemEntity item) =>
        Render<ReviewCard>(p => p.AddCascadingValue(Preferences).Add(c => c.Item, item));

    private static ReviewItemEntity Item(long? postId, string text) => new()
    {
        Id = 1, PostId = postId, MonitorName = "replay:/tmp/burst.jsonl", SourceId = "p1", Text = text, PostedAt = DateTimeOffset.UnixEpoch,
        QueuedAt = DateTimeOffset.UnixEpoch, Risk = 0.8f, Hate = 0.7f, Offensive = 0.6f, ModelHate = true, ModelOffensive = true,
        ModelSentiment = "negative", ModelCategory = "hateful", Justification = "Hateful: the hate model decides hate.",
    };
}
