using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Cli;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

/// <summary>
/// The shipped models on texts none of them was trained on: Davidson et al.'s tweets, and posts written for these tests
/// (Fixtures/README.md). The written posts say what they feel more plainly than tweets do, so they score above the
/// held-out scores of models/README.md: their bars guard that a shipped file, loaded and featurized as the app does it,
/// still reads plain sentiment and emotion.
/// </summary>
public sealed class ShippedModelsQualityTests
{
    private static readonly string Davidson = DatasetFixtures.Path("davidson", "labeled_data.csv");

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

        // Measured ROC AUC 0.776 and macro-F1 0.521 on these 100 + 100 tweets (0.801 and 0.702 on all of Davidson's);
        // chance is 0.5. The hate model decides from a probability of 0.6 so that talk about its target groups is not
        // flagged (models/README.md): that costs recall on these slur-heavy tweets, not ranking (the previous model,
        // deciding at 0.5: AUC 0.692, macro-F1 0.603).
        Assert.Equal(200, rows.Count);
        Assert.True(report.RocAuc > 0.72, report.ToJson());
        Assert.True(report.MacroF1 > 0.5, report.ToJson());
    }

    [Fact]
    public void HateModel_OnPostsAboutItsTargetGroupsWrittenForTheTests_FlagsFewOfThem()
    {
        // News, opinion, complaints and jokes about migration, women and religion, none hateful: 30 plain ones and 25
        // harder ones (angry, negative, with hashtags or "deport"). Measured 3 of 55 flagged (all among the harder ones);
        // the previous hate model, which had learned the topics, flagged 6.
        var posts = File.ReadAllLines(DatasetFixtures.Path("hate", "topic-neutral.txt")).Where(line => line.Length > 0).ToList();
        var rows = posts.Select(text => new LabeledText(text, 0)).ToList();

        var report = Evaluate(ClassificationTask.Hate, rows);

        Assert.Equal(55, posts.Count);
        Assert.True(report.ConfusionMatrix[0][1] <= 4, report.ToJson());
    }

    [Fact]
    public void SentimentModel_OnPostsWrittenForTheTests_ScoresWellAboveChance()
    {
        var report = Evaluate(ClassificationTask.Sentiment, DatasetFixtures.SentimentPosts());

        // Measured macro-recall 0.930 on these 303 posts (0.665 on SemEval's 2016test, models/README.md); chance is 0.33.
        Assert.True(report.MacroRecall > 0.8, report.ToJson());
    }

    [Fact]
    public void EmotionModel_OnPostsWrittenForTheTests_ScoresWellAboveChance()
    {
        var report = Evaluate(ClassificationTask.Emotion, DatasetReader.Read(DatasetFixtures.Path("emotion", "test_text.txt"), ClassificationTask.Emotion));

        // Measured macro-F1 0.838 on these 200 posts (0.695 in cross-validation on TweetEval, models/README.md); always
        // answering one class scores at most 0.11.
        Assert.True(report.MacroF1 > 0.7, report.ToJson());
    }

    private static EvaluationReport Evaluate(ClassificationTask task, IReadOnlyList<LabeledText> rows) =>
        EvaluateCommand.Evaluate(ModelFile.Load(ModelDirectory.PathOf(Path.Combine(RepositoryRoot.Path, "models"), task)), task, rows);
}
