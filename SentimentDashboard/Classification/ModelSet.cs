using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification;

/// <summary>
/// Several models scored together. Models with the same featurizer settings, word vectors and lexicon share one
/// featurization, and their weight rows are interleaved into one table, so each feature of a text costs one memory
/// access for all of them instead of one per model. Not thread-safe: one instance per worker thread.
/// </summary>
public sealed class ModelSet
{
    private readonly Group[] _groups;

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
            .GroupBy(x => (x.Model.Metadata.Featurizer with { HateCues = false }, x.Model.Metadata.VectorsHash, x.Model.Metadata.LexiconHash, x.Model.Metadata.ProfanityHash))
            .Select(group => new Group([.. group.Select(x => x.Model)], [.. group.Select(x => x.Offset)]))
            .ToArray();
    }

    public IReadOnlyList<LinearModel> Models { get; }

    /// <summary>Total number of probabilities written by <see cref="Score"/>: each model's classes, in model order.</summary>
    public int OutputLength { get; }

    public int FeaturizationGroups => _groups.Length;

    public void Score(string text, Span<float> probabilities)
    {
        foreach (var group in _groups)
        {
            group.Score(text, probabilities);
        }
    }

    private sealed class Group
    {
        private readonly FusedWeights _weights;
        private readonly int[] _outputOffsets;
        private readonly float[] _wordLinear;
        private readonly float[] _wordSquares;
        private readonly float[] _charLinear;
        private readonly float[] _charSquares;
        private readonly HashedFeaturizer _featurizer;
        private readonly FeatureBag _bag;

        public Group(LinearModel[] models, int[] outputOffsets)
        {
            _weights = new FusedWeights(models);
            _outputOffsets = outputOffsets;
            _wordLinear = new float[_weights.Stride];
            _wordSquares = new float[_weights.Stride];
            _charLinear = new float[_weights.Stride];
            _charSquares = new float[_weights.Stride];
            // One featurization for all: with the hate cues when any model reads them (they come after every other dense feature).
            _featurizer = models[0].CreateFeaturizer(models[0].Metadata.Featurizer with { HateCues = models.Any(m => m.Metadata.Featurizer.HateCues) });
            _bag = _featurizer.CreateBag();
        }

        public void Score(string text, Span<float> probabilities)
        {
            _featurizer.Featurize(text, _bag);
            foreach (var model in _weights.Models)
            {
                // The convolutions' projection rows are scattered over megabytes: their loads overlap the fused pass.
                model.Convolution?.Prefetch(_bag.VectorRows);
            }

            var words = _bag.WordCount;
            _weights.Accumulate(_bag.Indices[..words], _bag.Values[..words], _wordLinear, _wordSquares);
            _weights.Accumulate(_bag.Indices[words..], _bag.Values[words..], _charLinear, _charSquares);
            var models = _weights.Models;
            for (var m = 0; m < models.Count; m++)
            {
                var model = models[m];
                var output = probabilities.Slice(_outputOffsets[m], model.ClassCount);
                var norm = _weights.IdfOffset + m;
                var wordFactor = Factor(_wordSquares[norm], model.Metadata.Scales.Word);
                var charFactor = Factor(_charSquares[norm], model.Metadata.Scales.Char);
                var classes = _weights.ClassOffsets[m];
                for (var c = 0; c < output.Length; c++)
                {
                    output[c] = model.Bias[c] + (wordFactor * _wordLinear[classes + c]) + (charFactor * _charLinear[classes + c]);
                }

                model.AddDense(_bag, output);
                LinearModel.Softmax(output, 1f / model.Metadata.Temperature);
            }
        }

        private static float Factor(float squares, float scale) => squares > 0 ? scale / MathF.Sqrt(squares) : 0;
    }
}
