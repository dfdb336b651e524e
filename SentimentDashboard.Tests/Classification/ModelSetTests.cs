using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Classification.Training;
using SentimentDashboard.Tests.Classification.Training;

namespace SentimentDashboard.Tests.Classification;

public sealed class ModelSetTests
{
    [Fact]
    public void Score_ModelReadingHateCues_SharesTheFeaturizationAndMatchesItselfScoredAlone()
    {
        var settings = new FeaturizerSettings { HashBits = 14 };
        var plain = Train(ClassificationTask.Sentiment, settings, 1);
        var withCues = Train(ClassificationTask.Hate, settings with { HateCues = true }, 2);
        var set = new ModelSet([plain, withCues]);
        Assert.Equal(1, set.FeaturizationGroups);

        AssertEachModelScoresAsAlone(set, ["these animals must be deported", "you stupid idiot", "I love this wonderful phone"]);
    }

    private static LinearModel Train(ClassificationTask task, FeaturizerSettings settings, int seed)
    {
        var rows = TinyCorpus.Make(30, seed).Select(r => r with { Label = r.Label % task.Labels.Count }).ToArray();
        return new ModelTrainer().Train(new TrainingOptions { Task = task, Featurizer = settings, L2 = 1e-3 }, rows, null, ["tiny"]).Model;
    }

    [Fact]
    public void Score_SharedFeaturizer_MatchesEachModelScoredAlone()
    {
        var settings = new FeaturizerSettings { HashBits = 14 };
        var models = new[] { Train(ClassificationTask.Sentiment, settings, 1), Train(ClassificationTask.Hate, settings, 2), Train(ClassificationTask.Emotion, settings, 3) };
        var other = Train(ClassificationTask.Offensive, settings with { WordNgramMax = 1 }, 4);
        var set = new ModelSet([.. models, other]);
        Assert.Equal(2, set.FeaturizationGroups);
        Assert.Equal(3 + 2 + 4 + 2, set.OutputLength);

        AssertEachModelScoresAsAlone(set, ["I love this wonderful phone", "worst meeting about the train", "", "😂 #Great :)"]);
    }

    private static void AssertEachModelScoresAsAlone(ModelSet set, string[] texts)
    {
        var output = new float[set.OutputLength];
        foreach (var text in texts)
        {
            set.Score(text, output);
            var offset = 0;
            foreach (var model in set.Models)
            {
                var featurizer = model.CreateFeaturizer();
                var bag = featurizer.CreateBag();
                featurizer.Featurize(text, bag);
                var alone = new float[model.ClassCount];
                model.Predict(bag, alone);
                for (var c = 0; c < alone.Length; c++)
                {
                    Assert.Equal(alone[c], output[offset + c], 4);
                }

                offset += model.ClassCount;
            }
        }
    }
}
