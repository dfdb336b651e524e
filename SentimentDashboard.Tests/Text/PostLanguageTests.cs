using SentimentDashboard.Text;

namespace SentimentDashboard.Tests.Text;

public sealed class PostLanguageTests
{
    [Theory]
    [InlineData("en", "Paris Geller, Emily Gilmore, Mrs. Kim, Miss Patty #StarsHollowFinest")]
    [InlineData("en-US", "Lorelai, Rory, Luke, Sookie, Kirk, Taylor Doose, Babette Dell and Michel Gerard")]
    [InlineData("EN", "No me gusta nada esta película, es muy aburrida y demasiado larga")]
    public void Of_Trusts_Declared_English_Whatever_The_Detector_Says(string declared, string text)
    {
        Assert.Equal(new PostLanguage("en", true), PostLanguage.Of(declared, text));
    }

    [Theory]
    [InlineData("de", "I am really happy with the results of the election today", "de")]
    [InlineData("pt-BR", "Great game tonight", "pt")]
    public void Of_Trusts_Declared_Other_Language_And_Leaves_It_Unscored(string declared, string text, string expected)
    {
        Assert.Equal(new PostLanguage(expected, false), PostLanguage.Of(declared, text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("und")]
    public void Of_Asks_The_Detector_When_The_Source_Says_Nothing(string? declared)
    {
        Assert.Equal(new PostLanguage("fr", false), PostLanguage.Of(declared, "Je ne suis pas du tout content de ce film, c'est vraiment nul et trop long"));
        Assert.Equal(new PostLanguage("en", true), PostLanguage.Of(declared, "The bus was late again this morning"));
    }

    [Fact]
    public void Of_Scores_Undetermined_Latin_Text_As_English()
    {
        // Names and places only: no word of any profile, too long to count as English by default.
        const string text = "Kowalczyk Nguyen Oyelaran Szymborska Tchaikovsky Okonkwo Brzęczyszczykiewicz Wojtyła Xochimilco Quetzalcoatl";

        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect(text));
        Assert.Equal(new PostLanguage("und", true), PostLanguage.Of(null, text));
    }

    [Theory]
    [InlineData("Привет, как у тебя дела сегодня вечером?", "ru")]
    [InlineData("こんにちは、今日はいい天気ですね", "ja")]
    public void Of_Leaves_Other_Scripts_Unscored(string text, string expected)
    {
        Assert.Equal(new PostLanguage(expected, false), PostLanguage.Of(null, text));
    }

    [Fact]
    public void Of_Leaves_Script_Without_Profile_Undetermined_And_Unscored()
    {
        Assert.Equal(new PostLanguage("und", false), PostLanguage.Of(null, "გამარჯობა მეგობრებო"));
    }
}
