using System.ComponentModel.DataAnnotations;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class WhisperOptionsTests
{
    [Fact]
    public void Defaults_Are_Valid_And_Leave_Whisper_Unconfigured()
    {
        var options = new WhisperOptions();

        Assert.Empty(Validate(options));
        Assert.Null(options.ModelPath);
        Assert.Equal("auto", options.Language);
        Assert.InRange(options.Threads, 1, 4);
    }

    [Theory]
    [InlineData("English")]
    [InlineData("EN")]
    [InlineData("")]
    public void Language_Must_Be_Auto_Or_A_Code(string language) =>
        Assert.Contains(Validate(new WhisperOptions { Language = language }), r => r.MemberNames.Contains(nameof(WhisperOptions.Language)));

    [Fact]
    public void Out_Of_Range_Numbers_Are_Rejected()
    {
        var results = Validate(new WhisperOptions { Threads = 0, BeamSize = 0, SilenceRms = 2 });

        Assert.Equal(3, results.Count);
    }

    private static List<ValidationResult> Validate(WhisperOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
