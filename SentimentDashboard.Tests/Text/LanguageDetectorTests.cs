using SentimentDashboard.Text;

namespace SentimentDashboard.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("I can't believe how good the new album is, listening to it all day", "en")]
    [InlineData("lol ok", "en")]
    [InlineData("Worst. Service. Ever. #fail @airline https://t.co/xyz", "en")]
    [InlineData("Le gouvernement a annoncé de nouvelles mesures pour les écoles cette semaine", "fr")]
    [InlineData("Merci beaucoup pour ton aide, c'est très gentil", "fr")]
    [InlineData("Ich habe heute keine Zeit, weil ich arbeiten muss", "de")]
    [InlineData("Die Straße ist gesperrt und der Bus kommt nicht", "de")]
    [InlineData("¿Dónde está la estación de tren? Necesito llegar pronto", "es")]
    [InlineData("Oggi è una bella giornata e andiamo al mare con gli amici", "it")]
    [InlineData("Não sei se vou conseguir chegar a tempo, o trânsito está horrível", "pt")]
    [InlineData("Ik weet niet of het vandaag gaat regenen, maar het is wel koud", "nl")]
    [InlineData("Это очень хороший день", "ru")]
    [InlineData("今日はとても良い天気ですね", "ja")]
    [InlineData("今天天气很好", "zh")]
    [InlineData("هذا يوم جميل جدا", "ar")]
    public void Detect_Names_Language_When_Text_Is_Clear(string text, string expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(text));
    }

    [Fact]
    public void Detect_Gives_Undetermined_When_Long_Latin_Text_Has_No_Known_Words()
    {
        Assert.Equal(LanguageDetector.Undetermined, LanguageDetector.Detect("Saya sangat senang sekali karena hari ini cuaca cerah dan kami pergi berlibur bersama keluarga"));
    }

    [Fact]
    public void Detect_Gives_English_When_Text_Is_Empty_Or_Symbols()
    {
        Assert.Equal("en", LanguageDetector.Detect(""));
        Assert.Equal("en", LanguageDetector.Detect("😀😀 !!! 123"));
    }

    [Theory]
    [InlineData("pt-BR", "pt")]
    [InlineData(" DE ", "de")]
    [InlineData("", null)]
    public void PrimaryTag_Lowercases_Primary_Subtag(string? tag, string? expected)
    {
        Assert.Equal(expected, LanguageDetector.PrimaryTag(tag));
    }
}
