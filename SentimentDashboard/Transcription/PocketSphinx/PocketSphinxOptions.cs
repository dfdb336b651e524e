using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>
/// Configuration section "PocketSphinx": the model folder of Debian's pocketsphinx-en-us by default; the acoustic model
/// folder, language model and dictionary inside it can each be pointed elsewhere.
/// </summary>
public sealed class PocketSphinxOptions : IValidatableObject
{
    public const string Section = "PocketSphinx";

    public const string InstallHint = "apt-get install libpocketsphinx3 pocketsphinx-en-us";

    // libpocketsphinx exits the process (E_FATAL) when one of these is missing, so they are checked before loading.
    private static readonly string[] AcousticModelFiles = ["mdef", "means", "variances", "transition_matrices"];

    [Required(AllowEmptyStrings = false)]
    public string ModelDirectory { get; set; } = "/usr/share/pocketsphinx/model/en-us";

    /// <summary>Acoustic model folder (-hmm); empty: <c>en-us</c> inside <see cref="ModelDirectory"/>.</summary>
    public string? AcousticModel { get; set; }

    /// <summary>Language model (-lm); empty: <c>en-us.lm.bin</c> inside <see cref="ModelDirectory"/>.</summary>
    public string? LanguageModel { get; set; }

    /// <summary>Pronunciation dictionary (-dict); empty: <c>cmudict-en-us.dict</c> inside <see cref="ModelDirectory"/>.</summary>
    public string? Dictionary { get; set; }

    public string AcousticModelPath => Resolve(AcousticModel, "en-us");

    public string LanguageModelPath => Resolve(LanguageModel, "en-us.lm.bin");

    public string DictionaryPath => Resolve(Dictionary, "cmudict-en-us.dict");

    /// <summary>The first missing model file or folder as a sentence saying what to do, or null when all are there.</summary>
    public string? FindMissingModel()
    {
        if (!Directory.Exists(AcousticModelPath))
        {
            return $"PocketSphinx acoustic model folder '{AcousticModelPath}' not found ({InstallHint}, or set {Section}:ModelDirectory)";
        }

        var acousticFiles = AcousticModelFiles.Select(name => Path.Combine(AcousticModelPath, name));
        foreach (var file in acousticFiles.Append(LanguageModelPath).Append(DictionaryPath))
        {
            if (!File.Exists(file))
            {
                return $"PocketSphinx model file '{file}' not found ({InstallHint}, or set {Section}:ModelDirectory)";
            }
        }

        return null;
    }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FindMissingModel() is { } missing)
        {
            yield return new ValidationResult(missing, [nameof(ModelDirectory)]);
        }
    }

    private string Resolve(string? configured, string defaultName) =>
        string.IsNullOrWhiteSpace(configured) ? Path.Combine(ModelDirectory, defaultName) : configured;
}
