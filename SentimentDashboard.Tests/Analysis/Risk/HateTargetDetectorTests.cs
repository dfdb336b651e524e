using SentimentDashboard.Analysis.Risk;

namespace SentimentDashboard.Tests.Analysis.Risk;

public sealed class HateTargetDetectorTests
{
    private readonly HateTargetDetector _detector = new();

    [Theory]
    [InlineData("Muslims are vermin and Islam is a plague", HateTarget.Religion, "muslims,islam")]
    [InlineData("Send the IMMIGRANTS back, all of these invaders", HateTarget.Origin, "immigrants,invaders")]
    [InlineData("black people should not be allowed here", HateTarget.Origin, "black people")]
    [InlineData("women belong in the kitchen, feminists are a disease", HateTarget.Gender, "women,feminists")]
    [InlineData("gays and lesbians are disgusting", HateTarget.SexualOrientation, "gays,lesbians")]
    [InlineData("the disabled are a burden on all of us", HateTarget.Disability, "disabled")]
    [InlineData("leftists are parasites", HateTarget.OtherGroup, "leftists")]
    [InlineData("Réfugiés? No: the réfugees are criminals", HateTarget.Origin, "refugees")]
    public void A_post_naming_a_group_is_aimed_at_its_category_with_the_words_that_named_it(string text, HateTarget target, string terms)
    {
        var match = _detector.Detect(text);

        Assert.Equal(target, match.Target);
        Assert.Equal(terms.Split(','), match.Terms);
    }

    [Theory]
    [InlineData("@marco_82 you are a worthless piece of garbage", "@marco_82")]
    [InlineData("nobody wants you here, get lost", "you")]
    public void A_post_addressing_someone_without_naming_a_group_is_aimed_at_an_individual(string text, string term)
    {
        var match = _detector.Detect(text);

        Assert.Equal(HateTarget.Individual, match.Target);
        Assert.Equal([term], match.Terms);
    }

    [Fact]
    public void The_category_named_most_wins_and_the_list_order_breaks_ties()
    {
        Assert.Equal(HateTarget.Religion, _detector.Detect("muslim immigrants and their mosques, islam everywhere").Target);
        Assert.Equal(HateTarget.Origin, _detector.Detect("muslim immigrants").Target);
    }

    [Fact]
    public void A_post_naming_nobody_has_no_target()
    {
        Assert.Equal(TargetMatch.None, _detector.Detect("this weather is absolutely disgusting today"));
    }

    [Fact]
    public void Whole_words_only_a_prefix_entry_matches_endings()
    {
        Assert.Null(_detector.Detect("the policeman and the racecar").Target); // neither "police" nor "race" as whole words
        Assert.Equal(HateTarget.Origin, _detector.Detect("racial").Target);
    }

    [Fact]
    public void The_shipped_list_has_every_category_but_individual()
    {
        var sections = Enum.GetValues<HateTarget>().Where(t => t != HateTarget.Individual);

        Assert.All(sections, target => Assert.Contains(new HateTargetDetector().Detect(Example(target)).Target, new HateTarget?[] { target }));
        Assert.True(_detector.TermCount > 100);
    }

    [Theory]
    [InlineData("[planets]\nmars", "unknown section [planets]")]
    [InlineData("women", "'women' is outside a section")]
    [InlineData("[gender]\none two three four", "'one two three four' is outside a section or not one to three words")]
    public void A_malformed_list_is_refused_with_the_line(string list, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => new HateTargetDetector(list));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static string Example(HateTarget target) => target switch
    {
        HateTarget.Origin => "migrants",
        HateTarget.Religion => "jews",
        HateTarget.Gender => "women",
        HateTarget.SexualOrientation => "queers",
        HateTarget.Disability => "autistic",
        _ => "journalists",
    };
}
