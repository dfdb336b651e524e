using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Training;

namespace SentimentDashboard.Tests.Classification.Training;

public sealed class ModelTrainerTests
{
    private static TrainingOptions Options(double l2 = 1e-4) => new()
    {
        Task = ClassificationTask.Sentiment,
        Featurizer = new FeaturizerSettings { HashBits = 16 },
        L2 = l2,
        MaxIterations = 200,
    };

    [Fact]
    public void Train_SeparableCorpus_ClassifiesHeldOutTextsPerfectly()
    {
        var result = new ModelTrainer().Train(Options(), TinyCorpus.Make(60, seed: 1), TinyCorpus.Make(20, seed: 2), ["tiny"]);
        Assert.NotNull(result.Validation);
        Assert.Equal(1.0, result.Validation.Accuracy);
        Assert.Equal(1.0, result.Validation.MacroF1);
    }

    [Fact]
    public void Train_SeparableCorpus_GivesConfidentCalibratedProbabilities()
    {
        var result = new ModelTrainer().Train(Options(), TinyCorpus.Make(60, seed: 1), TinyCorpus.Make(20, seed: 2), ["tiny"]);
        using var classifier = new TextClassifier(result.Model);
        var prediction = classifier.Predict("what a wonderful day with my phone");
        Assert.Equal("positive", prediction.Label);
        Assert.True(prediction.Scores["positive"] > 0.8f, $"p = {prediction.Scores["positive"]}");
        Assert.Equal(1f, prediction.Scores.Values.Sum(), 4);
    }

    [Fact]
    public void Train_WithThreshold_DecidesTheSecondClassFromThatProbability()
    {
        var rows = TinyCorpus.Make(60, seed: 1).Select(r => r with { Label = r.Label % 2 }).ToArray();
        var options = Options(l2: 0.05) with { Task = ClassificationTask.Hate }; // strongly regularised: no saturated probabilities
        var plain = new ModelTrainer().Train(options, rows, null, ["tiny"]).Model;
        var strict = new ModelTrainer().Train(options with { Threshold = 0.7 }, rows, null, ["tiny"]).Model;
        using var plainClassifier = new TextClassifier(plain);
        using var strictClassifier = new TextClassifier(strict);

        Assert.Equal(0.7, strict.Metadata.Training.Threshold);
        Assert.Equal(2, strict.Metadata.Training.DecisionOffsets.Count);
        foreach (var text in new[] { "what a wonderful day", "worst meeting ever", "the phone", "" })
        {
            var p = plainClassifier.Predict(text).Scores["hate"];
            var q = strictClassifier.Predict(text).Scores["hate"];
            // The log-odds move down by logit(0.7): the strict model says 0.5 where the plain one says 0.7.
            Assert.Equal(Logit(p) - Logit(0.7f), Logit(q), 2);
        }
    }

    private static float Logit(float p) => MathF.Log(p / (1 - p));

    [Fact]
    public void Explain_CueWord_IsTheTopTermOfItsClass()
    {
        var vectors = WordVectors.Quantize([("wonderful", [1f, 0.2f]), ("meeting", [-0.3f, 1f]), ("today", [0.1f, 0.1f])]);
        var lexicon = new SentimentLexicon(new Dictionary<string, float> { ["wonderful"] = 2.7f });
        var options = Options() with { Vectors = vectors, Lexicon = lexicon };
        var model = new ModelTrainer().Train(options, TinyCorpus.Make(60, seed: 1), null, ["tiny"]).Model;
        using var classifier = new TextClassifier(model);

        var terms = classifier.Explain("today the wonderful phone");

        Assert.Equal("wonderful", terms[0].Term);
        Assert.True(terms[0].Weight > 0);
        Assert.All(terms, t => Assert.Contains(t.Term, new[] { "today", "the", "wonderful", "phone" }));
    }

    [Fact]
    public void Train_SameSeedAndData_GivesIdenticalModels()
    {
        var data = TinyCorpus.Make(40, seed: 3);
        var first = new ModelTrainer().Train(Options(), data, null, ["tiny"]).Model;
        var second = new ModelTrainer().Train(Options(), data, null, ["tiny"]).Model;
        Assert.True(first.Rows.SequenceEqual(second.Rows));
        Assert.True(first.Bias.SequenceEqual(second.Bias));
        Assert.Equal(first.Metadata.Temperature, second.Metadata.Temperature);
    }

    [Fact]
    public void Train_StrongerL2_GivesSmallerWeights()
    {
        var data = TinyCorpus.Make(40, seed: 4);
        static double Norm(SentimentDashboard.Classification.Models.LinearModel model)
        {
            var sum = 0.0;
            for (var b = 0; b < model.Metadata.Featurizer.BucketCount; b++)
            {
                var row = model.Row(b);
                for (var c = 1; c < row.Length; c++)
                {
                    sum += row[c] * row[c];
                }
            }

            return sum;
        }

        var weak = new ModelTrainer().Train(Options(1e-5), data, null, ["tiny"]).Model;
        var strong = new ModelTrainer().Train(Options(1e-2), data, null, ["tiny"]).Model;
        Assert.True(Norm(strong) < Norm(weak) / 4);
    }

    [Fact]
    public void Train_ReportsProgressAndRecordsItsData()
    {
        var stages = new List<string>();
        var data = TinyCorpus.Make(30, seed: 5);
        var model = new ModelTrainer(new SynchronousProgress(p => stages.Add(p.Stage))).Train(Options(), data, null, ["tiny.tsv"]).Model;
        Assert.Contains("optimising", stages);
        Assert.Equal(DatasetReader.ComputeHash(data), model.Metadata.Training.DataHash);
        Assert.Equal(["tiny.tsv"], model.Metadata.Training.DataFiles);
        Assert.NotNull(model.Metadata.Training.ValidationReport);
    }

    private sealed class SynchronousProgress(Action<TrainingProgress> report) : IProgress<TrainingProgress>
    {
        public void Report(TrainingProgress value) => report(value);
    }
}
