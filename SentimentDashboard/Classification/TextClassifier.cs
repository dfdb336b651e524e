using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification;

/// <summary>A loaded model ready for use from any thread: each thread gets its own featurizer scratch space.</summary>
public sealed class TextClassifier : IDisposable
{
    private readonly ThreadLocal<(HashedFeaturizer Featurizer, FeatureBag Bag)> _scratch;

    public TextClassifier(LinearModel model)
    {
        Model = model;
        _scratch = new(() =>
        {
            var featurizer = model.CreateFeaturizer();
            return (featurizer, featurizer.CreateBag());
        });
    }

    public LinearModel Model { get; }

    public string Task => Model.Metadata.Task;

    public Prediction Predict(string text)
    {
        var probabilities = new float[Model.ClassCount];
        var (featurizer, bag) = _scratch.Value;
        featurizer.Featurize(text, bag);
        Model.Predict(bag, probabilities);
        return ToPrediction(probabilities);
    }

    public Prediction ToPrediction(ReadOnlySpan<float> probabilities)
    {
        var scores = new Dictionary<string, float>(Model.ClassCount, StringComparer.Ordinal);
        for (var c = 0; c < probabilities.Length; c++)
        {
            scores[Model.Labels[c]] = probabilities[c];
        }

        return new Prediction(Task, Model.Labels[BatchScoring.ArgMax(probabilities)], scores);
    }

    /// <summary>The terms that pushed the decision most, in words: every n-gram's share is credited to the token it ends at.</summary>
    public IReadOnlyList<TermContribution> Explain(string text, int top = 8)
    {
        var featurizer = Model.CreateFeaturizer();
        var bag = featurizer.CreateBag();
        var trace = new List<FeatureTrace>();
        featurizer.Featurize(text, bag, trace);
        var probabilities = new float[Model.ClassCount];
        Model.Predict(bag, probabilities);
        var predicted = BatchScoring.ArgMax(probabilities);
        var contributions = new TermAttribution(Model, bag).Attribute(featurizer.Tokenizer, trace, predicted);
        return contributions
            .OrderByDescending(c => Math.Abs(c.Weight))
            .Take(top)
            .ToArray();
    }

    public void Dispose() => _scratch.Dispose();
}
