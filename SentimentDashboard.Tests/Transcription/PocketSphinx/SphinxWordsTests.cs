using SentimentDashboard.Transcription.PocketSphinx;

namespace SentimentDashboard.Tests.Transcription.PocketSphinx;

public sealed class SphinxWordsTests
{
    [Theory]
    [InlineData("<s>")]
    [InlineData("</s>")]
    [InlineData("<sil>")]
    [InlineData("[NOISE]")]
    [InlineData("[SPEECH]")]
    [InlineData("++GARBAGE++")]
    [InlineData("")]
    public void Clean_Filler_Gives_Null(string segment)
    {
        Assert.Null(SphinxWords.Clean(segment));
    }

    [Theory]
    [InlineData("country", "country")]
    [InlineData("the(2)", "the")]
    [InlineData("americans(3)", "americans")]
    [InlineData("don't", "don't")]
    public void Clean_Word_Gives_The_Word_Without_Its_Pronunciation_Number(string segment, string word)
    {
        Assert.Equal(word, SphinxWords.Clean(segment));
    }
}
