using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Classification.Training;
using SentimentDashboard.Tests.Classification.Training;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification.Models;

public sealed class ModelFileTests : IDisposable
{
    private static readonly Lazy<LinearModel> Trained = new(() => Train(new ProfanityList(["damn", "crap"])));

    private static readonly Lazy<LinearModel> WithoutProfanity = new(() => Train(null));

    private readonly TempDirectory _temp = new();

    private static LinearModel Train(ProfanityList? profanity) => new ModelTrainer().Train(
        new TrainingOptions
        {
            Task = ClassificationTask.Sentiment,
            Featurizer = new FeaturizerSettings { HashBits = 14, MatchProfanityForms = true },
            Vectors = WordVectors.Quantize([("love", [0.5f, 0.1f, -0.2f]), ("hate", [-0.4f, 0.3f, 0.9f]), ("report", [0f, 1f, 0f])]),
            VectorsSource = "test-vectors",
            Lexicon = new SentimentLexicon(new Dictionary<string, float> { ["love"] = 3.2f, ["hate"] = -2.7f }),
            Profanity = profanity,
        },
        TinyCorpus.Make(40, seed: 7),
        null,
        ["tiny"]).Model;

    [Fact]
    public void SaveThenLoad_GivesTheSamePredictionsAndMetadata()
    {
        var path = Path.Combine(_temp.Path, "m.model");
        ModelFile.Save(Trained.Value, path);
        var loaded = ModelFile.Load(path);

        Assert.Equal(Trained.Value.Metadata.Task, loaded.Metadata.Task);
        Assert.Equal(Trained.Value.Labels, loaded.Labels);
        Assert.Equal(Trained.Value.Metadata.Featurizer, loaded.Metadata.Featurizer);
        Assert.Equal(Trained.Value.Metadata.Training.DataHash, loaded.Metadata.Training.DataHash);
        Assert.Equal(Trained.Value.Metadata.VectorsHash, loaded.Vectors!.ComputeHash());
        Assert.Equal(Trained.Value.Metadata.LexiconHash, loaded.Lexicon!.ComputeHash());
        Assert.Equal(Trained.Value.Metadata.ProfanityHash, loaded.Profanity!.ComputeHash());
        Assert.True(loaded.Profanity.Contains("damn"));
        AssertSamePredictions(Trained.Value, loaded);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Load_OlderVersionFile_WithoutTheLaterSections_StillLoads(int version)
    {
        // Version 2 lacks the trailing "has a word convolution" flag of version 3; version 1 also the "has a profanity list" one.
        var path = Path.Combine(_temp.Path, "m.model");
        ModelFile.Save(WithoutProfanity.Value, path);
        var bytes = File.ReadAllBytes(path);
        var flags = ModelFile.FormatVersion - version;
        var body = bytes[..^(32 + flags)];
        Assert.All(bytes[^(32 + flags)..^32], flag => Assert.Equal(0, flag));
        BitConverter.GetBytes(version).CopyTo(body, 8);
        File.WriteAllBytes(path, [.. body, .. System.Security.Cryptography.SHA256.HashData(body)]);

        var loaded = ModelFile.Load(path);

        Assert.Null(loaded.Profanity);
        Assert.Null(loaded.Convolution);
        AssertSamePredictions(WithoutProfanity.Value, loaded);
    }

    [Fact]
    public void SaveThenLoad_WithWordConvolution_GivesTheSameWeightsAndPredictions()
    {
        var options = WordConvolutionTests.Options(new ConvolutionSettings { Filters = 8, MaxWidth = 2, Epochs = 2 });
        var model = new ModelTrainer().Train(options, WordConvolutionTests.OrderCorpus(30, seed: 5), null, ["order"]).Model;
        var path = Path.Combine(_temp.Path, "conv.model");

        ModelFile.Save(model, path);
        var loaded = ModelFile.Load(path);

        Assert.Equal(model.Metadata.Convolution, loaded.Metadata.Convolution);
        Assert.True(model.Convolution!.Kernels.SequenceEqual(loaded.Convolution!.Kernels));
        Assert.True(model.Convolution.Output.SequenceEqual(loaded.Convolution.Output));
        AssertSamePredictions(model, loaded);
    }

    private static void AssertSamePredictions(LinearModel expected, LinearModel actual)
    {
        using var original = new TextClassifier(expected);
        using var reloaded = new TextClassifier(actual);
        foreach (var text in new[] { "I love this", "hate it, worst day", "tuesday report update", "damn this crap", "" })
        {
            var a = original.Predict(text);
            var b = reloaded.Predict(text);
            Assert.Equal(a.Label, b.Label);
            foreach (var (label, score) in a.Scores)
            {
                Assert.Equal(score, b.Scores[label], 2);
            }
        }
    }

    [Fact]
    public void Load_FlippedByte_IsRejectedAsCorrupt()
    {
        var path = Path.Combine(_temp.Path, "m.model");
        ModelFile.Save(Trained.Value, path);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Load(path));
        Assert.Contains("corrupt", error.Message);
    }

    [Fact]
    public void Load_TruncatedFile_IsRejected()
    {
        var path = Path.Combine(_temp.Path, "m.model");
        ModelFile.Save(Trained.Value, path);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length - 100)]);
        Assert.Throws<InvalidDataException>(() => ModelFile.Load(path));
    }

    [Fact]
    public void Load_OtherFile_SaysItIsNotAModel()
    {
        var path = _temp.Write("notes.model", "just some text that is long enough to look like something else entirely, really");
        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Load(path));
        Assert.Contains("not a SentimentDashboard model file", error.Message);
    }

    [Fact]
    public void Load_NewerFormatVersion_AsksToUpgrade()
    {
        var path = Path.Combine(_temp.Path, "m.model");
        ModelFile.Save(Trained.Value, path);
        var bytes = File.ReadAllBytes(path);
        BitConverter.GetBytes(ModelFile.FormatVersion + 1).CopyTo(bytes, 8);
        File.WriteAllBytes(path, bytes);
        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Load(path));
        Assert.Contains("version", error.Message);
    }

    [Fact]
    public void Load_MissingFile_GivesAClearError()
    {
        var error = Assert.Throws<InvalidDataException>(() => ModelFile.Load(Path.Combine(_temp.Path, "absent.model")));
        Assert.Contains("cannot read model file", error.Message);
    }

    public void Dispose() => _temp.Dispose();
}
