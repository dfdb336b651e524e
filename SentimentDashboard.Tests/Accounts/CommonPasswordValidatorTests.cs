using SentimentDashboard.Accounts;

namespace SentimentDashboard.Tests.Accounts;

public sealed class CommonPasswordValidatorTests
{
    [Theory]
    [InlineData("password2024!", "among the most common")]
    [InlineData("P@ssw0rd12345", "among the most common")]
    [InlineData("!!Sunshine1987", "among the most common")]
    [InlineData("dragondragon", "among the most common")]
    [InlineData("qwertyuiop12", "keyboard or the alphabet")]
    [InlineData("0987654321ab", "keyboard or the alphabet")]
    [InlineData("abcdefghijkl", "keyboard or the alphabet")]
    [InlineData("aaaaaaaaaaaa", "repeats")]
    [InlineData("xy12xy12xy12", "repeats")]
    [InlineData("marguerite.lindqvist!", "email's name")]
    public void Problem_EasyToGuessPassword_SaysWhy(string password, string reason)
    {
        var problem = CommonPasswordValidator.Problem(password, "marguerite.lindqvist@example.org");

        Assert.NotNull(problem);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("violet tractor orbit 93")]
    [InlineData("Xq7#mLp2vR9z")]
    [InlineData("correct horse battery staple")]
    [InlineData("abcdef-my-own-garden-path")]
    public void Problem_HardToGuessPassword_IsNone(string password) =>
        Assert.Null(CommonPasswordValidator.Problem(password, "marguerite.lindqvist@example.org"));

    [Theory]
    [InlineData("P@ssw0rd2024!", "password")]
    [InlineData("2024$unsh1ne", "sunshine")]
    [InlineData("...monkey...", "monkey")]
    public void Letters_ReadLookAlikesAsLetters_AndDropWhatSurroundsThem(string password, string letters) =>
        Assert.Equal(letters, CommonPasswordValidator.Letters(password.ToLowerInvariant()));
}
