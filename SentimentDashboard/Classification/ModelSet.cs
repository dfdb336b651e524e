using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification;

/// <summary>
/// Several models scored together. Models with the same featurizer settings and word vectors share one featurization,
/// so a text is tokenized and hashed once for all of them. Not thread-safe: one instance per worker thread.
/// </summary>
public sealed class ModelSet
{
    private readonly (HashedFeaturizer Featurizer, FeatureBag Bag, LinearModel[] Models, int[] Offsets)[] _groups;

    public ModelSet(IReadOnlyList<LinearModel> models)
    {
        Models = models;
        var offsets = new int[models.Count];
        for (var m = 1; m < models.Count; m++)
        {
            offsets[m] = offsets[m - 1] + models[m - 1].ClassCount;
        }

        OutputLength = models.Sum(m => m.ClassCount);
        _groups = models
            .Select((model, index) => (Model: model, Offset: offsets[index]))
            .GroupBy(x => (x.Model.Metadata.Featurizer, x.Model.Metadata.VectorsHash, x.Model.Metadata.LexiconHash))
            .Select(group =>
            {
                var featurizer = group.First().Model.CreateFeaturizer();
                return (featurizer, featurizer.CreateBag(), group.Select(x => x.Model).ToArray(), group.Select(x => x.Offset).ToArray());
            })
            .ToArray();
    }

    public IReadOnlyList<LinearModel> Models { get; }

    /// <summary>Total number of probabilities written by <see cref="Score"/>: each model's classes, in model order.</summary>
    public int OutputLength { get; }

    public int FeaturizationGroups => _groups.Length;

    public void Score(string text, Span<float> probabilities)
    {
        foreach (var (featurizer, bag, models, offsets) in _groups)
        {
            featurizer.Featurize(text, bag);
            for (var m = 0; m < models.Length; m++)
            {
                models[m].Predict(bag, probabilities.Slice(offsets[m], models[m].ClassCount));
            }
        }
    }
}
