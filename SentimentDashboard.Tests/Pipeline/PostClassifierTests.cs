using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Pipeline;

public sealed class PostClassifierTests
{
    private readonly PostClassifier _classifier = new(ShippedModels.Catalog, ShippedModels.RiskAssessor, TimeProvider.System);

    [Fact]
    public void Classify_Scores_English_Post_With_Every_Model()
    {
        var scored = _classifier.Classify(Posts.Raw(1, "a", "I absolutely love this new phone, best purchase ever! #happy"));

        Assert.Equal("en", scored.Language);
        var scores = Assert.IsType<PostScores>(scored.Scores);
        Assert.Equal("positive", scores.Sentiment);
        Assert.Equal(1, scores.Negative + scores.Neutral + scores.Positive, 3);
        Assert.Equal(1, scores.Anger + scores.Joy + scores.Optimism + scores.Sadness, 3);
        Assert.InRange(scores.Risk, 0, 1);
        Assert.Equal(["happy"], scored.Tags);
    }

    [Theory]
    [InlineData("Je ne suis pas du tout content de ce film, c'est vraiment nul et trop long", null, "fr")]
    [InlineData("Das ist wirklich ein schöner Tag und ich bin sehr glücklich", null, "de")]
    [InlineData("I am really happy with the results of the election today", "de", "de")]
    [InlineData("No me gusta nada esta película, es muy aburrida y demasiado larga", null, "es")]
    public void Classify_Leaves_Post_Unscored_When_Not_English(string text, string? sourceLanguage, string expected)
    {
        var scored = _classifier.Classify(Posts.Raw(1, "a", text) with { Language = sourceLanguage });

        Assert.Null(scored.Scores);
        Assert.Equal(expected, scored.Language);
    }

    [Fact]
    public void Classify_Scores_Post_When_Source_Says_English_Region()
    {
        var scored = _classifier.Classify(Posts.Raw(1, "a", "Traffic is terrible this morning") with { Language = "en-GB" });

        Assert.Equal("en", scored.Language);
        Assert.NotNull(scored.Scores);
    }

    [Theory]
    [InlineData("Paris Geller, Emily Gilmore, Mrs. Kim, Miss Patty #StarsHollowFinest")]
    [InlineData("Sookie St. James et Michel Gerard à l'Auberge Dragonfly, Stars Hollow")]
    public void Classify_Scores_Post_The_Source_Declares_English_Whatever_The_Detector_Says(string text)
    {
        var scored = _classifier.Classify(Posts.Raw(1, "a", text) with { Language = "en" });

        Assert.Equal("en", scored.Language);
        Assert.NotNull(scored.Scores);
    }

    [Fact]
    public void Classify_Scores_Undetermined_Latin_Post_With_English_Models_And_Keeps_It_Undetermined()
    {
        var scored = _classifier.Classify(Posts.Raw(1, "a", "Kowalczyk Nguyen Oyelaran Szymborska Tchaikovsky Okonkwo Brzęczyszczykiewicz Wojtyła Xochimilco"));

        Assert.Equal("und", scored.Language);
        Assert.NotNull(scored.Scores);
    }

    [Fact]
    public void Classify_Cuts_Text_When_Longer_Than_Maximum()
    {
        var scored = _classifier.Classify(Posts.Raw(1, "a", string.Concat(Enumerable.Repeat("so good ", 5000))));

        Assert.Equal(PostText.MaxLength, scored.Raw.Text.Length);
        Assert.EndsWith("…", scored.Raw.Text, StringComparison.Ordinal);
        Assert.NotNull(scored.Scores);
    }

    [Fact]
    public void Classify_Keeps_Source_Tags_When_Given()
    {
        var scored = _classifier.Classify(Posts.Raw(1, "a", "nice #one") with { Tags = ["news"] });

        Assert.Equal(["news"], scored.Tags);
    }
}
