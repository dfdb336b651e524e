using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Cli;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

/// <summary>
/// The shipped models on the dataset slices of Fixtures/datasets. Davidson et al.'s tweets were in no model's training:
/// those scores estimate quality. The validation slices were in the final refit of the models (models/README.md): those
/// scores only guard that a shipped file, loaded and featurized as the app does it, still separates what it has seen.
/// </summary>
public sealed class ShippedModelsQualityTests
{
    private static readonly string Davidson = FixtureFiles.Path("datasets", "davidson", "labeled_data.csv");

    [Fact]
    public void OffensiveModel_OnUnseenDavidsonTweets_ScoresWellAboveChance()
    {
        var report = Evaluate(ClassificationTask.Offensive, DatasetReader.Read(Davidson, ClassificationTask.Offensive));

        // Measured 0.766; always answering "offensive" scores 0.40.
        Assert.True(report.MacroF1 > 0.65, report.ToJson());
    }

    [Fact]
    public void HateModel_OnUnseenDavidsonHateAndNeitherTweets_ScoresAboveChance()
    {
        // Davidson's "offensive" class is not HatEval's hate nor its opposite: as models/README.md does, compare hate
        // speech with tweets that are neither.
        var hate = DatasetReader.Read(Davidson, ClassificationTask.Hate);
        var offensive = DatasetReader.Read(Davidson, ClassificationTask.Offensive);
        var rows = hate.Where((row, i) => row.Label == 1 || offensive[i].Label == 0).ToList();

        var report = Evaluate(ClassificationTask.Hate, rows);

        // Measured 0.603 on these 100 + 100 tweets (0.666 on all of Davidson's); chance is 0.5.
        Assert.Equal(200, rows.Count);
        Assert.True(report.MacroF1 > 0.55, report.ToJson());
    }

    [Theory]
    [InlineData("sentiment", "sentiment/twitter-2016devtest-A.tsv", 0.55)] // measured 0.66 macro-recall, chance 0.33
    [InlineData("hate", "hate/val_text.txt", 0.62)] // measured 0.73 macro-F1, chance 0.5
    [InlineData("offensive", "offensive/val_text.txt", 0.8)] // measured 0.92 macro-F1, chance 0.5
    [InlineData("emotion", "emotion/val_text.txt", 0.8)] // measured 0.99 macro-F1, chance 0.25
    public void ShippedModel_OnRowsOfItsRefit_StillSeparatesTheClasses(string taskName, string file, double minimum)
    {
        var task = ClassificationTask.Parse(taskName);
        var report = Evaluate(task, DatasetReader.Read(FixtureFiles.Path(["datasets", .. file.Split('/')]), task));

        Assert.True((task == ClassificationTask.Sentiment ? report.MacroRecall : report.MacroF1) > minimum, report.ToJson());
    }

    private static EvaluationReport Evaluate(ClassificationTask task, IReadOnlyList<LabeledText> rows) =>
        EvaluateCommand.Evaluate(ModelFile.Load(ModelDirectory.PathOf(Path.Combine(RepositoryRoot.Path, "models"), task)), task, rows);
}
