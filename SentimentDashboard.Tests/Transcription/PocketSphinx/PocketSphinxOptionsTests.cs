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
        Assert.Null(options.FindMissingModel());
    }

    [Fact]
    public void An_Acoustic_Model_Folder_Missing_A_File_Is_Named()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "en-us"));
        foreach (var name in new[] { "en-us/mdef", "en-us/means", "en-us/transition_matrices", "en-us.lm.bin", "cmudict-en-us.dict" })
        {
            temp.Write(name, "");
        }

        var missing = new PocketSphinxOptions { ModelDirectory = temp.Path }.FindMissingModel();

        Assert.Equal($"PocketSphinx model file '{Path.Combine(temp.Path, "en-us", "variances")}' not found", missing);
    }

    [Fact]
    public void A_Dictionary_Set_On_Its_Own_Overrides_Only_The_Dictionary()
    {
        var options = new PocketSphinxOptions { Dictionary = "/nonexistent/words.dict" };

        Assert.Equal("/usr/share/pocketsphinx/model/en-us/en-us.lm.bin", options.LanguageModelPath);
        Assert.Equal("PocketSphinx model file '/nonexistent/words.dict' not found", options.FindMissingModel());
    }

    [Fact]
    public void A_Missing_Model_Folder_Is_Not_A_Configuration_Error()
    {
        var options = new PocketSphinxOptions { ModelDirectory = "/nonexistent/pocketsphinx" };
        var results = new List<ValidationResult>();

        Assert.True(Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true));
        Assert.Equal("PocketSphinx acoustic model folder '/nonexistent/pocketsphinx/en-us' not found", options.FindMissingModel());
    }
}
