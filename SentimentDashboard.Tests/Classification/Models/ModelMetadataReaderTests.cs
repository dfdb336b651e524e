using System.Text.Json;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Tests.Classification.Models;

public sealed class ModelMetadataReaderTests
{
    private static readonly ModelMetadata Full = new()
    {
        Task = "emotion",
        Labels = ["anger", "joy", "optimism", "sadness"],
        Featurizer = new FeaturizerSettings { HashBits = 17, WordNgramMax = 3, CharNgramMin = 1, CharNgramMax = 6, MarkNegation = false, MatchProfanityForms = true, HateCues = true },
        Scales = new BlockScales(0.3f, 0.7f, 1.5f),
        Temperature = 1.57f,
        VectorsHash = "v",
        LexiconHash = "l",
        ProfanityHash = "p",
        Convolution = new ConvolutionSettings { Filters = 16, MaxWidth = 2, Weight = 0.35f, Epochs = 12, LearningRate = 1e-3f, Dropout = 0.2f, BatchSize = 64 },
        Training = new TrainingSummary
        {
            CreatedUtc = new DateTimeOffset(2026, 12, 2, 5, 30, 1, TimeSpan.Zero).AddTicks(1234567),
            DataHash = "d",
            DataFiles = ["a.txt", "b.txt"],
            TrainingRows = 3631,
            ValidationRows = 374,
            L2 = 3e-5,
            ClassWeights = "none",
            Seed = 7,
            Iterations = 50,
            Seconds = 4.5,
            VectorsSource = "wink-100k.vec",
            LexiconSource = "vader_lexicon.txt",
            ProfanitySources = ["naughty-words-en.json"],
            DecisionOffsets = [0.25f, -0.5f, 0f, 0.125f],
            Threshold = 0.6,
            ValidationReport = "{\"task\":\"emotion\",\"macro_f1\":0.675}",
        },
    };

    [Fact]
    public void Read_WhatTheSerializerWrote_GivesEveryPropertyBack()
    {
        var json = Serialize(Full);

        var read = ModelMetadataReader.Read(json);

        Assert.Equal(json, Serialize(read));
        Assert.Equal(Full.Featurizer, read.Featurizer);
        Assert.Equal(Full.Convolution, read.Convolution);
        Assert.Equal(Full.Training.DecisionOffsets, read.Training.DecisionOffsets);
    }

    /// <summary>The round trip above only proves a property is read if the full metadata sets it away from its default.</summary>
    [Fact]
    public void FullMetadata_SetsEveryPropertyAwayFromItsDefault()
    {
        var required = new ModelMetadata { Task = Full.Task, Labels = Full.Labels, Featurizer = Full.Featurizer, Scales = Full.Scales };
        AssertEveryPropertySet(Full, required, ignore: [nameof(ModelMetadata.Task), nameof(ModelMetadata.Labels), nameof(ModelMetadata.Featurizer), nameof(ModelMetadata.Scales)]);
        AssertEveryPropertySet(Full.Featurizer, new FeaturizerSettings());
        AssertEveryPropertySet(Full.Scales, new BlockScales());
        AssertEveryPropertySet(Full.Convolution!, new ConvolutionSettings());
        AssertEveryPropertySet(Full.Training, new TrainingSummary());
    }

    [Fact]
    public void Read_OnlyTheRequiredProperties_KeepsTheDefaults()
    {
        var read = ModelMetadataReader.Read("""{"Task":"hate","Labels":["not-hate","hate"],"Featurizer":{"HashBits":18},"Scales":{"Word":0.3}}""");

        Assert.Equal(["not-hate", "hate"], read.Labels);
        Assert.Equal(new FeaturizerSettings { HashBits = 18 }, read.Featurizer);
        Assert.Equal(new BlockScales(Word: 0.3f), read.Scales);
        Assert.Equal(1f, read.Temperature);
        Assert.Null(read.Convolution);
        Assert.Null(read.VectorsHash);
        Assert.Equal(new TrainingSummary().ClassWeights, read.Training.ClassWeights);
        Assert.Empty(read.Training.DataFiles);
    }

    [Theory]
    [InlineData("""{"Task":"hate","Featurizer":{},"Scales":{}}""", "'Labels' is missing")]
    [InlineData("""{"Task":"hate","Labels":["a","b"],"Featurizer":{"HashBits":"many"},"Scales":{}}""", "metadata")]
    [InlineData("""{"Task":"hate","Labels":["a",null],"Featurizer":{},"Scales":{}}""", "null")]
    [InlineData("""{"Task":""", "")]
    public void Read_BrokenMetadata_FailsWithAJsonError(string json, string message)
    {
        var error = Assert.ThrowsAny<JsonException>(() => ModelMetadataReader.Read(json));

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    private static void AssertEveryPropertySet(object full, object defaults, string[]? ignore = null)
    {
        foreach (var property in full.GetType().GetProperties().Where(p => p.CanWrite && !(ignore ?? []).Contains(p.Name)))
        {
            var (value, fallback) = (property.GetValue(full), property.GetValue(defaults));
            var same = value is System.Collections.IEnumerable list and not string && fallback is System.Collections.IEnumerable other
                ? list.Cast<object>().SequenceEqual(other.Cast<object>())
                : Equals(value, fallback);
            Assert.False(same, $"{full.GetType().Name}.{property.Name} is at its default in the test's full metadata");
        }
    }

    private static string Serialize(ModelMetadata metadata) => JsonSerializer.Serialize(metadata, ModelMetadataJson.Default.ModelMetadata);
}
