using System.ComponentModel.DataAnnotations;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Transcription.PocketSphinx;

namespace SentimentDashboard.Tests.Transcription.PocketSphinx;

public sealed class PocketSphinxOptionsTests
{
    [Fact]
    public void Defaults_Point_At_The_Installed_Debian_Model()
    {
        var options = new PocketSphinxOptions();

        Assert.Equal("/usr/share/pocketsphinx/model/en-us/en-us", options.AcousticModelPath);
        Assert.Equal("/usr/share/pocketsphinx/model/en-us/en-us.lm.bin", options.LanguageModelPath);
        Assert.Equal("/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict", options.DictionaryPath);
        Assert.Empty(Validate(options));
    }

    [Fact]
    public void An_Acoustic_Model_Folder_Missing_A_File_Fails_Validation_Naming_It()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "en-us"));
        foreach (var name in new[] { "en-us/mdef", "en-us/means", "en-us/transition_matrices", "en-us.lm.bin", "cmudict-en-us.dict" })
        {
            temp.Write(name, "");
        }

        var errors = Validate(new PocketSphinxOptions { ModelDirectory = temp.Path });

        var error = Assert.Single(errors);
        Assert.StartsWith($"PocketSphinx model file '{Path.Combine(temp.Path, "en-us", "variances")}' not found", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_Dictionary_Set_On_Its_Own_Overrides_Only_The_Dictionary()
    {
        var options = new PocketSphinxOptions { Dictionary = "/nonexistent/words.dict" };

        Assert.Equal("/usr/share/pocketsphinx/model/en-us/en-us.lm.bin", options.LanguageModelPath);
        Assert.Equal(
            "PocketSphinx model file '/nonexistent/words.dict' not found (apt-get install libpocketsphinx3 pocketsphinx-en-us, or set PocketSphinx:ModelDirectory)",
            Assert.Single(Validate(options)).ErrorMessage);
    }

    private static List<ValidationResult> Validate(PocketSphinxOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
