using SentimentDashboard.Transcription;

namespace SentimentDashboard.Tests.Transcription;

public sealed class WordErrorRateTests
{
    [Fact]
    public void Case_And_Punctuation_Do_Not_Count()
    {
        var errors = WordErrorRate.Compute("Ask not, what... \"Don't\" STOP!", "ask not what don't stop");

        Assert.Equal(new WordErrorRate(0, 0, 0, 5), errors);
        Assert.Equal(0, errors.Rate);
    }

    [Fact]
    public void A_Changed_Word_And_A_Missing_Word_Are_A_Substitution_And_A_Deletion()
    {
        var errors = WordErrorRate.Compute("the cat sat on the mat", "the cat sit on mat");

        Assert.Equal(new WordErrorRate(1, 1, 0, 6), errors);
        Assert.Equal(2.0 / 6, errors.Rate, 10);
    }

    [Fact]
    public void Extra_Words_Are_Insertions()
    {
        var errors = WordErrorRate.Compute("a b c", "a x b c d");

        Assert.Equal(new WordErrorRate(0, 0, 2, 3), errors);
        Assert.Equal(2.0 / 3, errors.Rate, 10);
    }

    [Fact]
    public void Many_Insertions_Give_A_Rate_Above_One()
    {
        Assert.Equal(3, WordErrorRate.Compute("yes", "no no no").Rate);
    }

    [Fact]
    public void Nothing_Recognised_Is_All_Deletions()
    {
        var errors = WordErrorRate.Compute("one two", "");

        Assert.Equal(new WordErrorRate(0, 2, 0, 2), errors);
        Assert.Equal(1, errors.Rate);
    }

    [Theory]
    [InlineData("", "", 0)]
    [InlineData("", "hello", 1)]
    [InlineData("...", "", 0)]
    public void An_Empty_Reference_Gives_Zero_Or_One(string reference, string hypothesis, double rate)
    {
        Assert.Equal(rate, WordErrorRate.Compute(reference, hypothesis).Rate);
    }

    [Fact]
    public void PocketSphinx_On_Jfk_Has_Four_Substitutions_In_Twenty_Two_Words()
    {
        var errors = WordErrorRate.Compute(
            "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.",
            "and all my fellow american and not what your country can do for you and what you can do for your country");

        Assert.Equal(new WordErrorRate(4, 0, 0, 22), errors);
        Assert.Equal(4.0 / 22, errors.Rate, 10);
    }
}
