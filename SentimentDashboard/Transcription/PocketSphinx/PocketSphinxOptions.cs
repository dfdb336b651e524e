using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>
/// Configuration section "PocketSphinx": the model folder of Debian's pocketsphinx-en-us by default; the acoustic model
/// folder, language model and dictionary inside it can each be pointed elsewhere. Missing model files are not a
/// configuration error (PocketSphinx is optional): <see cref="PocketSphinxInstallation"/> tells the live monitors.
/// </summary>
public sealed class PocketSphinxOptions
{
    public const string Section = "PocketSphinx";

    public const string InstallHint = "apt-get install libpocketsphinx3 pocketsphinx-en-us";

    /// <summary>What to do when the library or a model file is missing.</summary>
    public const string Fix = $"{InstallHint}, or set {Section}:ModelDirectory";

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

    /// <summary>The first missing model file or folder (what, not what to do: see <see cref="Fix"/>), or null when all are there.</summary>
    public string? FindMissingModel()
    {
        if (!Directory.Exists(AcousticModelPath))
        {
            return $"PocketSphinx acoustic model folder '{AcousticModelPath}' not found";
        }

        var acousticFiles = AcousticModelFiles.Select(name => Path.Combine(AcousticModelPath, name));
        return acousticFiles.Append(LanguageModelPath).Append(DictionaryPath)
            .Where(file => !File.Exists(file))
            .Select(file => $"PocketSphinx model file '{file}' not found")
            .FirstOrDefault();
    }

    private string Resolve(string? configured, string defaultName) =>
        string.IsNullOrWhiteSpace(configured) ? Path.Combine(ModelDirectory, defaultName) : configured;
}
