using SentimentDashboard.Text;

namespace SentimentDashboard.Tests.Text;

public sealed class TweetTokenizerTests
{
    private static List<(string Text, TokenKind Kind, TokenFlags Flags)> Tokenize(string text)
    {
        var tokenizer = new TweetTokenizer();
        tokenizer.Tokenize(text);
        var result = new List<(string, TokenKind, TokenFlags)>();
        foreach (var token in tokenizer.Tokens)
        {
            result.Add((tokenizer.TextOf(token).ToString(), token.Kind, token.Flags));
        }

        return result;
    }

    private static string[] Texts(string text) => Tokenize(text).Select(t => t.Text).ToArray();

    [Fact]
    public void Tokenize_UrlsAndMentions_BecomePlaceholders()
    {
        Assert.Equal(["@user", "see", "<url>", "and", "<url>"], Texts("@Bob_99 see https://t.co/abc?x=1 and www.example.org/page"));
    }

    [Fact]
    public void Tokenize_RetweetPrefix_IsDropped()
    {
        Assert.Equal(["@user", "big", "news"], Texts("RT @newsdesk: big news"));
    }

    [Fact]
    public void Tokenize_CamelCaseHashtag_KeepsTagAndSplitsWords()
    {
        var tokens = Tokenize("#BlackLivesMatter now");
        Assert.Equal(("blacklivesmatter", TokenKind.Hashtag), (tokens[0].Text, tokens[0].Kind));
        Assert.Equal(["black", "lives", "matter", "now"], tokens.Skip(1).Select(t => t.Text));
        Assert.True(tokens[1].Flags.HasFlag(TokenFlags.FromHashtag));
    }

    [Fact]
    public void Tokenize_Emoji_AreTokensAndSkinTonesAreDropped()
    {
        var tokens = Tokenize("great 👍🏽 day ❤️😂");
        Assert.Equal(["great", "👍", "day", "❤", "😂"], tokens.Select(t => t.Text));
        Assert.Equal(TokenKind.Emoji, tokens[1].Kind);
        Assert.Equal(TokenKind.Emoji, tokens[3].Kind);
    }

    [Theory]
    [InlineData("so happy :)", "<smile>")]
    [InlineData("so happy :-D", "<laugh>")]
    [InlineData("so sad :(", "<sad>")]
    [InlineData("love you <3", "<heart>")]
    public void Tokenize_Emoticons_AreCanonical(string text, string expected)
    {
        var last = Tokenize(text)[^1];
        Assert.Equal((expected, TokenKind.Emoticon), (last.Text, last.Kind));
    }

    [Fact]
    public void Tokenize_Elongation_IsCutToTwoAndFlagged()
    {
        var token = Tokenize("sooooo goooood")[0];
        Assert.Equal("soo", token.Text);
        Assert.True(token.Flags.HasFlag(TokenFlags.Elongated));
    }

    [Fact]
    public void Tokenize_AllCapsWords_AreLowercasedAndFlagged()
    {
        var tokens = Tokenize("This is AWESOME");
        Assert.Equal("awesome", tokens[2].Text);
        Assert.True(tokens[2].Flags.HasFlag(TokenFlags.AllCaps));
        Assert.False(tokens[0].Flags.HasFlag(TokenFlags.AllCaps));
    }

    [Fact]
    public void Tokenize_Negation_MarksWordsUntilPunctuation()
    {
        var tokens = Tokenize("I don't like this movie, but the music was good");
        var negated = tokens.Where(t => t.Flags.HasFlag(TokenFlags.Negated)).Select(t => t.Text);
        Assert.Equal(["like", "this", "movie"], negated);
    }

    [Fact]
    public void Tokenize_CurlyApostropheAndNot_OpenNegationScope()
    {
        var tokens = Tokenize("isn’t good. not bad!");
        Assert.Equal(["isn't", "good", "not", "bad", "!"], tokens.Select(t => t.Text));
        Assert.True(tokens[1].Flags.HasFlag(TokenFlags.Negated));
        Assert.True(tokens[3].Flags.HasFlag(TokenFlags.Negated));
    }

    [Fact]
    public void Tokenize_HtmlEntitiesAndEscapedLineBreaks_AreDecoded()
    {
        Assert.Equal(["fish", "chips", "i", "<heart>", "it", "new", "line"], Texts("fish &amp; chips I &lt;3 it\\nnew line"));
    }

    [Fact]
    public void Tokenize_NumbersAndRepeatedPunctuation_AreNormalised()
    {
        var tokens = Tokenize("at 10:30 costs 1,000 dollars!!!");
        Assert.Equal(["at", "<num>", "costs", "<num>", "dollars", "!"], tokens.Select(t => t.Text));
        Assert.True(tokens[^1].Flags.HasFlag(TokenFlags.Elongated));
    }

    [Fact]
    public void Tokenize_HugeInput_IsCutAndDoesNotThrow()
    {
        var tokenizer = new TweetTokenizer();
        tokenizer.Tokenize(string.Concat(Enumerable.Repeat(":):) 1 #AbcDef www.x.y ", 500_000)));
        Assert.InRange(tokenizer.CharCount, 1, TweetTokenizer.MaxInputLength * 4);
    }

    [Fact]
    public void Tokenize_ReusedInstance_GivesSameResultAsFresh()
    {
        var tokenizer = new TweetTokenizer();
        tokenizer.Tokenize(new string('x', 3000) + " long #text");
        tokenizer.Tokenize("short one");
        Assert.Equal(["short", "one"], tokenizer.Tokens.ToArray().Select(t => tokenizer.TextOf(t).ToString()));
    }
}
