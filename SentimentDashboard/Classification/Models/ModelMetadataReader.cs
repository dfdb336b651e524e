using System.Text.Json;
using SentimentDashboard.Classification.Features;

namespace SentimentDashboard.Classification.Models;

/// <summary>
/// Reads a model file's metadata (as <see cref="ModelMetadataJson"/> writes it) from a parsed document. A process's
/// first model load spent about 50 ms compiling the serializer's generic code for these types; the document reader
/// is compiled ahead of time with the framework. Absent optional properties keep their defaults, as with the serializer.
/// </summary>
internal static class ModelMetadataReader
{
    public static ModelMetadata Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        try
        {
            var root = document.RootElement;
            var metadata = new ModelMetadata
            {
                Task = Required(root, nameof(ModelMetadata.Task)).GetString() ?? throw new FormatException("the task is null"),
                Labels = Strings(Required(root, nameof(ModelMetadata.Labels))),
                Featurizer = Featurizer(Required(root, nameof(ModelMetadata.Featurizer))),
                Scales = Scales(Required(root, nameof(ModelMetadata.Scales))),
                VectorsHash = OptionalString(root, nameof(ModelMetadata.VectorsHash)),
                LexiconHash = OptionalString(root, nameof(ModelMetadata.LexiconHash)),
                ProfanityHash = OptionalString(root, nameof(ModelMetadata.ProfanityHash)),
            };
            return metadata with
            {
                Temperature = root.TryGetProperty(nameof(ModelMetadata.Temperature), out var temperature) ? temperature.GetSingle() : metadata.Temperature,
                Convolution = root.TryGetProperty(nameof(ModelMetadata.Convolution), out var convolution) && convolution.ValueKind != JsonValueKind.Null ? Convolution(convolution) : null,
                Training = root.TryGetProperty(nameof(ModelMetadata.Training), out var training) ? Training(training) : metadata.Training,
            };
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException)
        {
            throw new JsonException($"metadata: {e.Message}", e);
        }
    }

    private static FeaturizerSettings Featurizer(JsonElement element)
    {
        var defaults = new FeaturizerSettings();
        return new FeaturizerSettings
        {
            HashBits = Int(element, nameof(FeaturizerSettings.HashBits), defaults.HashBits),
            WordNgramMax = Int(element, nameof(FeaturizerSettings.WordNgramMax), defaults.WordNgramMax),
            CharNgramMin = Int(element, nameof(FeaturizerSettings.CharNgramMin), defaults.CharNgramMin),
            CharNgramMax = Int(element, nameof(FeaturizerSettings.CharNgramMax), defaults.CharNgramMax),
            MarkNegation = Bool(element, nameof(FeaturizerSettings.MarkNegation), defaults.MarkNegation),
            MatchProfanityForms = Bool(element, nameof(FeaturizerSettings.MatchProfanityForms), defaults.MatchProfanityForms),
            HateCues = Bool(element, nameof(FeaturizerSettings.HateCues), defaults.HateCues),
        };
    }

    private static BlockScales Scales(JsonElement element)
    {
        var defaults = new BlockScales();
        return new BlockScales(
            Float(element, nameof(BlockScales.Word), defaults.Word),
            Float(element, nameof(BlockScales.Char), defaults.Char),
            Float(element, nameof(BlockScales.Dense), defaults.Dense));
    }

    private static ConvolutionSettings Convolution(JsonElement element)
    {
        var defaults = new ConvolutionSettings();
        return new ConvolutionSettings
        {
            Filters = Int(element, nameof(ConvolutionSettings.Filters), defaults.Filters),
            MaxWidth = Int(element, nameof(ConvolutionSettings.MaxWidth), defaults.MaxWidth),
            Weight = Float(element, nameof(ConvolutionSettings.Weight), defaults.Weight),
            Epochs = Int(element, nameof(ConvolutionSettings.Epochs), defaults.Epochs),
            LearningRate = Float(element, nameof(ConvolutionSettings.LearningRate), defaults.LearningRate),
            Dropout = Float(element, nameof(ConvolutionSettings.Dropout), defaults.Dropout),
            BatchSize = Int(element, nameof(ConvolutionSettings.BatchSize), defaults.BatchSize),
        };
    }

    private static TrainingSummary Training(JsonElement element)
    {
        var defaults = new TrainingSummary();
        return new TrainingSummary
        {
            CreatedUtc = element.TryGetProperty(nameof(TrainingSummary.CreatedUtc), out var created) ? created.GetDateTimeOffset() : defaults.CreatedUtc,
            DataHash = OptionalString(element, nameof(TrainingSummary.DataHash)) ?? defaults.DataHash,
            DataFiles = element.TryGetProperty(nameof(TrainingSummary.DataFiles), out var files) ? Strings(files) : defaults.DataFiles,
            TrainingRows = Int(element, nameof(TrainingSummary.TrainingRows), defaults.TrainingRows),
            ValidationRows = Int(element, nameof(TrainingSummary.ValidationRows), defaults.ValidationRows),
            L2 = Double(element, nameof(TrainingSummary.L2), defaults.L2),
            ClassWeights = OptionalString(element, nameof(TrainingSummary.ClassWeights)) ?? defaults.ClassWeights,
            Seed = Int(element, nameof(TrainingSummary.Seed), defaults.Seed),
            Iterations = Int(element, nameof(TrainingSummary.Iterations), defaults.Iterations),
            Seconds = Double(element, nameof(TrainingSummary.Seconds), defaults.Seconds),
            VectorsSource = OptionalString(element, nameof(TrainingSummary.VectorsSource)),
            LexiconSource = OptionalString(element, nameof(TrainingSummary.LexiconSource)),
            ProfanitySources = element.TryGetProperty(nameof(TrainingSummary.ProfanitySources), out var sources) ? Strings(sources) : defaults.ProfanitySources,
            DecisionOffsets = element.TryGetProperty(nameof(TrainingSummary.DecisionOffsets), out var offsets) ? Floats(offsets) : defaults.DecisionOffsets,
            Threshold = element.TryGetProperty(nameof(TrainingSummary.Threshold), out var threshold) && threshold.ValueKind == JsonValueKind.Number ? threshold.GetDouble() : null,
            ValidationReport = OptionalString(element, nameof(TrainingSummary.ValidationReport)),
        };
    }

    // Loops rather than LINQ: Select over the document's struct enumerator would be compiled at first use.
    private static string[] Strings(JsonElement array)
    {
        var result = new string[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[i++] = item.GetString() ?? throw new FormatException("a list holds null");
        }

        return result;
    }

    private static float[] Floats(JsonElement array)
    {
        var result = new float[array.GetArrayLength()];
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            result[i++] = item.GetSingle();
        }

        return result;
    }

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.GetString() : null;

    private static int Int(JsonElement element, string name, int fallback) =>
        element.TryGetProperty(name, out var value) ? value.GetInt32() : fallback;

    private static float Float(JsonElement element, string name, float fallback) =>
        element.TryGetProperty(name, out var value) ? value.GetSingle() : fallback;

    private static double Double(JsonElement element, string name, double fallback) =>
        element.TryGetProperty(name, out var value) ? value.GetDouble() : fallback;

    private static bool Bool(JsonElement element, string name, bool fallback) =>
        element.TryGetProperty(name, out var value) ? value.GetBoolean() : fallback;

    private static JsonElement Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw new FormatException($"'{name}' is missing");
}
