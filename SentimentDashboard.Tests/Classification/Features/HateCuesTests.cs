using SentimentDashboard.Classification.Features;
using SentimentDashboard.Text;

namespace SentimentDashboard.Tests.Classification.Features;

public sealed class HateCuesTests
{
    private static readonly TokenVocabulary Vocabulary = TokenVocabulary.Build(null, null, null);

    private static float[] Cues(string text)
    {
        var tokenizer = new TweetTokenizer();
        tokenizer.Tokenize(text);
        var tokens = tokenizer.Tokens;
        var entries = new TokenEntry[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            entries[t] = tokens[t].Kind == TokenKind.Hashtag ? TokenEntry.None : Vocabulary.Find(tokenizer.TextOf(tokens[t]));
        }

        var output = new float[HateCues.FeatureCount];
        HateCues.Compute(tokens, entries, output);
        return output;
    }

    [Theory]
    [InlineData("The council opened a new advice centre for refugees next to the library")]
    [InlineData("Women now make up half of the new engineering students")]
    [InlineData("The pizza was to die for, I will go back tomorrow")]
    [InlineData("")]
    public void Compute_NamedGroupOrEverydayWords_GivesNoCue(string text)
    {
        Assert.All(Cues(text), value => Assert.Equal(0f, value));
    }

    [Fact]
    public void Compute_GroupCalledInvadersAndToBeDeported_MarksDehumanisingViolenceAndTheirPairingWithTheGroup()
    {
        var cues = Cues("Refugees are invaders, deport every one of them");

        Assert.Equal(MathF.Log(2), cues[0]); // invaders
        Assert.Equal(MathF.Log(2), cues[1]); // deport
        Assert.Equal(0f, cues[2]);
        Assert.Equal(1f, cues[4]);
        Assert.Equal(1f, cues[5]);
    }

    [Fact]
    public void Compute_ExpulsionPhraseFromHashtagWords_CountsAsCallToExpel()
    {
        var cues = Cues("these animals must go #SendThemBack");

        Assert.Equal(MathF.Log(2), cues[0]); // animals
        Assert.Equal(MathF.Log(2), cues[1]); // send … back
        Assert.Equal(1f, cues[6]); // "these animals"
    }

    [Fact]
    public void Compute_InsultAimedAtTheReader_MarksSecondPersonInsultAndSlur()
    {
        var cues = Cues("you are a stupid bitch");

        Assert.Equal(MathF.Log(2), cues[2]);
        Assert.Equal(1f, cues[3]);
    }

    [Fact]
    public void Compute_InsultFarFromYou_IsNotAimedAtTheReader()
    {
        var cues = Cues("you said the film about the long trip was stupid");

        Assert.Equal(0f, cues[3]);
    }

    [Fact]
    public void Compute_MentionThenSlur_IsAimedAtTheReader()
    {
        Assert.Equal(1f, Cues("@user whore")[3]);
    }
}
