using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Training;

namespace SentimentDashboard.Tests.Classification.Training;

public sealed class DecisionOffsetsTests
{
    [Fact]
    public void Score_HandCountedConfusion_GivesMacroF1AndMacroRecall()
    {
        // Predictions 0,0,1,1 for gold 0,1,1,1: class 0 P=1/2 R=1 F1=2/3; class 1 P=1 R=2/3 F1=4/5.
        float[][] logits = [[1, 0], [1, 0], [0, 1], [0, 1]];
        int[] gold = [0, 1, 1, 1];

        Assert.Equal(((2.0 / 3) + 0.8) / 2, DecisionOffsets.Score(logits, gold, [0f, 0f], macroRecall: false), 9);
        Assert.Equal((1 + (2.0 / 3)) / 2, DecisionOffsets.Score(logits, gold, [0f, 0f], macroRecall: true), 9);
    }

    [Fact]
    public void Tune_ModelBiasedAgainstTheRareClass_ShiftsTowardsIt()
    {
        // The rare class's logit runs 0.1 too low, every positive is missed; past 0.2 the common class starts to be lost.
        var logits = new List<float[]>();
        var gold = new List<int>();
        for (var i = 0; i < 90; i++)
        {
            logits.Add([0.2f + (i % 10 * 0.01f), 0f]);
            gold.Add(0);
        }

        for (var i = 0; i < 10; i++)
        {
            logits.Add([0.6f, 0.5f]);
            gold.Add(1);
        }

        var offsets = DecisionOffsets.Tune(logits, gold, 2, macroRecall: false);

        Assert.Equal(0f, offsets[0]);
        Assert.InRange(offsets[1], 0.11f, 0.2f);
        Assert.Equal(1.0, DecisionOffsets.Score(logits, gold, offsets, macroRecall: false), 9);
    }

    [Fact]
    public void Tune_DecisionsAlreadyBest_LeavesThemAlone()
    {
        float[][] logits = [[2, 0, 0], [0, 2, 0], [0, 0, 2]];

        Assert.Equal([0f, 0f, 0f], DecisionOffsets.Tune(logits, [0, 1, 2], 3, macroRecall: true));
    }

    [Fact]
    public void Train_WithOffsetFolds_RecordsTheOffsetsAndStillSeparatesTheCorpus()
    {
        var options = new TrainingOptions
        {
            Task = ClassificationTask.Sentiment,
            Featurizer = new FeaturizerSettings { HashBits = 16 },
            L2 = 1e-4,
            OffsetFolds = 3,
        };

        var result = new ModelTrainer().Train(options, TinyCorpus.Make(60, seed: 1), TinyCorpus.Make(20, seed: 2), ["tiny"]);

        Assert.Equal(3, result.Model.Metadata.Training.DecisionOffsets.Count);
        Assert.Equal(1.0, result.Validation!.MacroRecall);
    }
}
