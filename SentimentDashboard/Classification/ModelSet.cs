using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
            .GroupBy(x => (x.Model.Metadata.Featurizer, x.Model.Metadata.VectorsHash, x.Model.Metadata.LexiconHash))
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
        private readonly LinearModel[] _models;
        private readonly int[] _outputOffsets;
        private readonly int[] _rowOffsets;
        private readonly int _stride;
        private readonly float[] _rows;
        private readonly float[] _word;
        private readonly float[] _char;
        private readonly HashedFeaturizer _featurizer;
        private readonly FeatureBag _bag;

        public Group(LinearModel[] models, int[] outputOffsets)
        {
            _models = models;
            _outputOffsets = outputOffsets;
            _rowOffsets = new int[models.Length];
            for (var m = 1; m < models.Length; m++)
            {
                _rowOffsets[m] = _rowOffsets[m - 1] + models[m - 1].ClassCount + 1;
            }

            _stride = models.Sum(m => m.ClassCount + 1);
            var buckets = models[0].Metadata.Featurizer.BucketCount;
            _rows = new float[buckets * _stride];
            for (var m = 0; m < models.Length; m++)
            {
                var width = models[m].ClassCount + 1;
                var source = models[m].Rows;
                for (var b = 0; b < buckets; b++)
                {
                    source.Slice(b * width, width).CopyTo(_rows.AsSpan((b * _stride) + _rowOffsets[m], width));
                }
            }

            _word = new float[_stride];
            _char = new float[_stride];
            _featurizer = models[0].CreateFeaturizer();
            _bag = _featurizer.CreateBag();
        }

        public void Score(string text, Span<float> probabilities)
        {
            _featurizer.Featurize(text, _bag);
            Accumulate(_bag.Indices[.._bag.WordCount], _bag.Values[.._bag.WordCount], _word);
            Accumulate(_bag.Indices[_bag.WordCount..], _bag.Values[_bag.WordCount..], _char);
            for (var m = 0; m < _models.Length; m++)
            {
                var model = _models[m];
                var output = probabilities.Slice(_outputOffsets[m], model.ClassCount);
                var offset = _rowOffsets[m];
                var wordFactor = Factor(_word[offset], model.Metadata.Scales.Word);
                var charFactor = Factor(_char[offset], model.Metadata.Scales.Char);
                for (var c = 0; c < output.Length; c++)
                {
                    output[c] = model.Bias[c] + (wordFactor * _word[offset + 1 + c]) + (charFactor * _char[offset + 1 + c]);
                }

                model.AddDense(_bag, output);
                LinearModel.Softmax(output, 1f / model.Metadata.Temperature);
            }
        }

        private static float Factor(float squares, float scale) => squares > 0 ? scale / MathF.Sqrt(squares) : 0;

        /// <summary>For each model: the sum of squared TF-IDF values at its idf slot, and the weighted sums at its class slots.</summary>
        private void Accumulate(ReadOnlySpan<int> indices, ReadOnlySpan<float> values, float[] sums)
        {
            Array.Clear(sums);
            ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
            ref var sum = ref MemoryMarshal.GetArrayDataReference(sums);
            var stride = _stride;
            var offsets = _rowOffsets;
            for (var i = 0; i < indices.Length; i++)
            {
                ref var row = ref Unsafe.Add(ref rows, indices[i] * stride);
                var value = values[i];
                for (var m = 0; m < offsets.Length; m++)
                {
                    var start = offsets[m];
                    var end = m + 1 < offsets.Length ? offsets[m + 1] : stride;
                    var x = value * Unsafe.Add(ref row, start);
                    Unsafe.Add(ref sum, start) += x * x;
                    for (var k = start + 1; k < end; k++)
                    {
                        Unsafe.Add(ref sum, k) += x * Unsafe.Add(ref row, k);
                    }
                }
            }
        }
    }
}
