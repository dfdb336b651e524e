using System.Text.Json;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Cli;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Cli;

/// <summary>The command-line tool end to end, on the dataset fixtures of Fixtures/datasets.</summary>
public sealed class CliTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    private static async Task<(int Code, string Out, string Error)> Run(string stdin, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task TrainThenEvaluate_SentimentPosts_BeatsChanceAndEndsWithJson()
    {
        string[] train = [.. new[] { "train", "quoted", "escaped" }.Select(name => DatasetFixtures.Path("sentiment", $"{name}-A.tsv"))];
        var test = DatasetFixtures.Path("sentiment", "test-A.tsv");
        var model = Path.Combine(_temp.Path, "sentiment.model");

        var trained = await Run("", ["train", "--task", "sentiment", "--data", .. train, "--out", model, "--bits", "18"]);
        Assert.True(trained.Code == 0, trained.Error);
        Assert.True(File.Exists(model));

        var evaluated = await Run("", "evaluate", "--model", model, "--data", test);
        Assert.True(evaluated.Code == 0, evaluated.Error);
        using var report = JsonDocument.Parse(evaluated.Out.TrimEnd().Split('\n')[^1]);
        var root = report.RootElement;
        Assert.Equal("sentiment", root.GetProperty("task").GetString());
        Assert.Equal(90, root.GetProperty("n").GetInt32());
        // 213 training posts: 0.778 (training is deterministic); chance is 0.33.
        Assert.True(root.GetProperty("macro_recall").GetDouble() > 0.6, evaluated.Out);
        Assert.Equal(3, root.GetProperty("per_class").EnumerateObject().Count());
    }

    [Fact]
    public async Task TrainThenEvaluate_TweetEvalFiles_UseTheMappingForm()
    {
        var folder = DatasetFixtures.Path("offensive");
        var model = Path.Combine(_temp.Path, "offensive.model");
        var trained = await Run("", "train", "--task", "offensive", "--data", Path.Combine(folder, "train_text.txt"), "--out", model, "--bits", "18", "--max-iter", "60");
        Assert.True(trained.Code == 0, trained.Error);

        var evaluated = await Run(
            "", "evaluate", "--model", model,
            "--text", Path.Combine(folder, "val_text.txt"), "--labels", Path.Combine(folder, "val_labels.txt"), "--mapping", Path.Combine(folder, "mapping.txt"));
        Assert.True(evaluated.Code == 0, evaluated.Error);
        using var report = JsonDocument.Parse(evaluated.Out.TrimEnd().Split('\n')[^1]);
        // 200 of Davidson et al.'s tweets, offensive or hateful against neither: macro-F1 0.849, ROC AUC 0.950 on the
        // other 100; chance is 0.5 for both.
        Assert.True(report.RootElement.GetProperty("macro_f1").GetDouble() > 0.7, evaluated.Out);
        Assert.True(report.RootElement.GetProperty("roc_auc").GetDouble() > 0.8, evaluated.Out);
    }

    [Fact]
    public async Task Train_WithHateCuesAndThreshold_RecordsBothInTheModel()
    {
        var folder = DatasetFixtures.Path("offensive");
        var model = Path.Combine(_temp.Path, "cues.model");

        var trained = await Run("", "train", "--task", "offensive", "--data", Path.Combine(folder, "train_text.txt"), "--out", model, "--bits", "16",
            "--max-iter", "40", "--hate-cues", "--threshold", "0.6");

        Assert.True(trained.Code == 0, trained.Error);
        var metadata = ModelFile.Load(model).Metadata;
        Assert.True(metadata.Featurizer.HateCues);
        Assert.Equal(0.6, metadata.Training.Threshold);
        Assert.True(metadata.Training.DecisionOffsets[1] < 0, "the second class's bias moves down");
    }

    [Fact]
    public async Task Predict_Lines_GivesOneJsonObjectPerLine()
    {
        var train = DatasetFixtures.Path("sentiment", "train-A.tsv");
        var model = Path.Combine(_temp.Path, "s.model");
        Assert.Equal(0, (await Run("", "train", "--task", "sentiment", "--data", train, "--out", model, "--bits", "16", "--max-iter", "50")).Code);

        var predicted = await Run("I love this so much!\nI hate this, worst service ever, so angry and disappointed\n\n", "predict", "--model", model);
        Assert.Equal(0, predicted.Code);
        var lines = predicted.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            var label = json.RootElement.GetProperty("label").GetString();
            var scores = json.RootElement.GetProperty("scores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
            Assert.Equal(["negative", "neutral", "positive"], scores.Keys);
            Assert.Equal(1.0, scores.Values.Sum(), 3);
            Assert.Equal(scores.MaxBy(p => p.Value).Key, label);
        }

        Assert.Contains("\"label\":\"positive\"", lines[0]);
        Assert.Contains("\"label\":\"negative\"", lines[1]);
    }

    [Theory]
    [InlineData("train", "--task", "sentiment")]
    [InlineData("train", "--task", "colour", "--data", "x.tsv", "--out", "m")]
    [InlineData("train", "--task", "offensive", "--data", "x.tsv", "--out", "m", "--conv-filters", "16")]
    [InlineData("train", "--task", "offensive", "--data", "x.tsv", "--out", "m", "--conv-filters", "999")]
    [InlineData("train", "--task", "sentiment", "--data", "x.tsv", "--out", "m", "--threshold", "0.6")]
    [InlineData("train", "--task", "hate", "--data", "x.tsv", "--out", "m", "--threshold", "1.5")]
    [InlineData("evaluate", "--model", "/nonexistent/m.model", "--data", "x.tsv")]
    [InlineData("predict", "--model", "/nonexistent/m.model")]
    [InlineData("predict", "--model", "m", "--bogus")]
    [InlineData("bench", "--models", "/nonexistent")]
    public async Task BadArguments_GiveOneLineErrorAndExitCode2(params string[] args)
    {
        var result = await Run("", args);
        Assert.Equal(2, result.Code);
        Assert.StartsWith("error: ", result.Error);
        Assert.Single(result.Error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public async Task Train_UnreadableData_GivesOneLineError()
    {
        var bad = _temp.Write("bad.tsv", "1\tgreat\tnot a label we know\n");
        var result = await Run("", "train", "--task", "sentiment", "--data", bad, "--out", Path.Combine(_temp.Path, "m"));
        Assert.Equal(2, result.Code);
        Assert.Contains("bad.tsv", result.Error);
    }

    public void Dispose() => _temp.Dispose();
}
