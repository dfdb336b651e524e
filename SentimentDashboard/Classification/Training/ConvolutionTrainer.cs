using System.Numerics;
using System.Runtime.InteropServices;
using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification.Training;

/// <summary>
/// Trains a <see cref="WordConvolution"/> on its own (weighted softmax cross-entropy, dropout on the pooled features,
/// Adam, fixed epochs). Each mini-batch is split in two halves scored on both cores, each into its own gradient, summed
/// in a fixed order: deterministic for a seed.
/// </summary>
internal sealed class ConvolutionTrainer(IProgress<TrainingProgress>? progress)
{
    private const float KernelL2 = 1e-5f;
    private const int Parts = 2;

    public WordConvolution Train(ConvolutionSettings settings, WordVectors vectors, IReadOnlyList<int[]> texts, int[] labels, float[] sampleWeights, int classes, int seed, CancellationToken cancellation)
    {
        settings.Validate();
        var layout = new Layout(settings, vectors.Dimensions, classes);
        var units = UnitVectors(vectors, texts, out var compact);
        var theta = new float[layout.Total];
        InitialiseKernels(theta, layout, seed);
        var adam = new AdamState(theta.Length);
        var gradients = new float[Parts][];
        var losses = new double[Parts];
        var scratches = new Scratch[Parts];
        for (var p = 0; p < Parts; p++)
        {
            gradients[p] = new float[theta.Length];
            scratches[p] = new Scratch(layout);
        }

        var order = Enumerable.Range(0, texts.Count).ToArray();
        for (var epoch = 0; epoch < settings.Epochs; epoch++)
        {
            new Random(seed + epoch).Shuffle(order);
            var epochLoss = 0.0;
            for (var start = 0; start < order.Length; start += settings.BatchSize)
            {
                cancellation.ThrowIfCancellationRequested();
                var batch = order.AsSpan(start, Math.Min(settings.BatchSize, order.Length - start)).ToArray();
                Parallel.For(0, Parts, part =>
                {
                    Array.Clear(gradients[part]);
                    losses[part] = 0;
                    for (var i = part; i < batch.Length; i += Parts)
                    {
                        var row = batch[i];
                        var dropout = new Random(unchecked((seed * 1_000_003) + (epoch * 100_003) + row));
                        losses[part] += Accumulate(layout, theta, units, compact[row], labels[row], sampleWeights[row] / batch.Length, dropout, scratches[part], gradients[part]);
                    }
                });
                for (var p = 1; p < Parts; p++)
                {
                    ConvolutionMath.MultiplyAdd(1f, gradients[p], gradients[0]);
                }

                for (var i = 0; i < layout.Bias; i++)
                {
                    gradients[0][i] += KernelL2 * theta[i];
                }

                adam.Step(theta, gradients[0], settings.LearningRate);
                epochLoss += losses.Sum();
            }

            // Each batch's loss is already its weighted mean, so the epoch's mean loss averages over batches.
            var batches = (texts.Count + settings.BatchSize - 1) / settings.BatchSize;
            progress?.Report(new TrainingProgress("convolution", epoch + 1, settings.Epochs, epochLoss / Math.Max(1, batches)));
        }

        return new WordConvolution(settings, vectors, classes, theta[..layout.Bias], theta[layout.Bias..layout.Output], theta[layout.Output..layout.OutputBias], theta[layout.OutputBias..]);
    }

    /// <summary>Forward and backward pass of one text; adds its gradient and returns its weighted loss.</summary>
    private static double Accumulate(Layout layout, float[] theta, float[] units, int[] text, int label, float weight, Random dropout, Scratch scratch, float[] gradient)
    {
        var settings = layout.Settings;
        var (dimensions, filters, slots, classes) = (layout.Dimensions, settings.Filters, settings.SlotCount, layout.Classes);
        var stride = slots * filters;
        var projections = scratch.Projections(text.Length * stride);
        var (deltas, touched) = scratch.Deltas(text.Length * stride, text.Length * slots);
        var kernels = theta.AsSpan(0, layout.Bias);
        for (var t = 0; t < text.Length; t++)
        {
            ConvolutionMath.Project(units.AsSpan(text[t] * dimensions, dimensions), kernels, slots, filters, projections.AsSpan(t * stride, stride));
        }

        var pooled = scratch.Pooled;
        ConvolutionMath.PoolProjections(settings, projections.AsSpan(0, text.Length * stride), text.Length, theta.AsSpan(layout.Bias, settings.PooledCount), pooled, scratch.ArgMax);
        var kept = scratch.Kept;
        for (var k = 0; k < pooled.Length; k++)
        {
            kept[k] = dropout.NextSingle() >= settings.Dropout ? pooled[k] / (1 - settings.Dropout) : 0;
        }

        var output = theta.AsSpan(layout.Output, pooled.Length * classes);
        var logits = scratch.Logits;
        logits.AsSpan().Clear();
        WordConvolution.AddOutput(kept, output, theta.AsSpan(layout.OutputBias, classes), 1f, logits);
        LinearModel.Softmax(logits, 1f);
        var loss = -weight * Math.Log(Math.Max(logits[label], 1e-12f));
        for (var c = 0; c < classes; c++)
        {
            logits[c] = weight * (logits[c] - (c == label ? 1 : 0));
            gradient[layout.OutputBias + c] += logits[c];
        }

        for (var k = 0; k < pooled.Length; k++)
        {
            if (kept[k] == 0)
            {
                continue;
            }

            var back = 0f;
            for (var c = 0; c < classes; c++)
            {
                gradient[layout.Output + (k * classes) + c] += kept[k] * logits[c];
                back += output[(k * classes) + c] * logits[c];
            }

            // Through dropout's scaling; pooled[k] > 0 here, so ReLU passes it.
            back /= 1 - settings.Dropout;
            gradient[layout.Bias + k] += back;
            var start = scratch.ArgMax[k];
            if (start < 0)
            {
                continue;
            }

            var (width, filter) = ((k / filters) + 1, k % filters);
            var firstSlot = ConvolutionSettings.FirstSlot(width);
            for (var j = 0; j < width && start + j < text.Length; j++)
            {
                deltas[((((start + j) * slots) + firstSlot + j) * filters) + filter] = back;
                touched[((start + j) * slots) + firstSlot + j] = true;
            }
        }

        AddKernelGradient(units, text, dimensions, filters, slots, deltas, touched, gradient);
        return loss;
    }

    /// <summary>
    /// The kernels' gradient: every (word, slot) that won a window for some filters adds its unit vector times their
    /// deltas, a SIMD vector of filters at a time. A kernel weight has one winning word per text, so summing per word
    /// adds exactly what adding per filter did.
    /// </summary>
    private static void AddKernelGradient(float[] units, int[] text, int dimensions, int filters, int slots, float[] deltas, bool[] touched, float[] gradient)
    {
        for (var position = 0; position < text.Length; position++)
        {
            var unit = units.AsSpan(text[position] * dimensions, dimensions);
            for (var slot = 0; slot < slots; slot++)
            {
                var cell = (position * slots) + slot;
                if (!touched[cell])
                {
                    continue;
                }

                var delta = deltas.AsSpan(cell * filters, filters);
                AddOuterProduct(unit, delta, gradient.AsSpan(slot * dimensions * filters, dimensions * filters));
                delta.Clear();
                touched[cell] = false;
            }
        }
    }

    /// <summary>target[d][f] += unit[d] * delta[f], with a SIMD vector of delta held in a register over all d.</summary>
    private static void AddOuterProduct(ReadOnlySpan<float> unit, ReadOnlySpan<float> delta, Span<float> target)
    {
        var (filters, lanes) = (delta.Length, Vector<float>.Count);
        if (!Vector.IsHardwareAccelerated || filters % lanes != 0)
        {
            for (var d = 0; d < unit.Length; d++)
            {
                ConvolutionMath.MultiplyAdd(unit[d], delta, target.Slice(d * filters, filters));
            }

            return;
        }

        ref var row = ref MemoryMarshal.GetReference(target);
        for (var i = 0; i < filters; i += lanes)
        {
            var deltas = new Vector<float>(delta[i..]);
            for (var d = 0; d < unit.Length; d++)
            {
                var offset = (nuint)((d * filters) + i);
                (Vector.LoadUnsafe(ref row, offset) + (unit[d] * deltas)).StoreUnsafe(ref row, offset);
            }
        }
    }

    /// <summary>Unit vectors of the rows the texts use, packed, and the texts rewritten to index them.</summary>
    private static float[] UnitVectors(WordVectors vectors, IReadOnlyList<int[]> texts, out int[][] compact)
    {
        var index = new Dictionary<int, int>();
        compact = texts.Select(text => text.Select(row => index.TryGetValue(row, out var at) ? at : index[row] = index.Count).ToArray()).ToArray();
        var units = new float[index.Count * vectors.Dimensions];
        foreach (var (row, at) in index)
        {
            vectors.UnitVector(row, units.AsSpan(at * vectors.Dimensions, vectors.Dimensions));
        }

        return units;
    }

    private static void InitialiseKernels(float[] theta, Layout layout, int seed)
    {
        var random = new Random(seed);
        var settings = layout.Settings;
        var perSlot = layout.Dimensions * settings.Filters;
        for (var width = 1; width <= settings.MaxWidth; width++)
        {
            var deviation = MathF.Sqrt(2f / (width * layout.Dimensions));
            for (var slot = ConvolutionSettings.FirstSlot(width); slot < ConvolutionSettings.FirstSlot(width + 1); slot++)
            {
                for (var i = slot * perSlot; i < (slot + 1) * perSlot; i++)
                {
                    theta[i] = deviation * Gaussian(random);
                }
            }
        }
    }

    private static float Gaussian(Random random) =>
        MathF.Sqrt(-2f * MathF.Log(1f - random.NextSingle())) * MathF.Cos(2f * MathF.PI * random.NextSingle());

    /// <summary>Where each parameter group starts in the flat parameter vector: kernels, filter biases, output weights, output biases.</summary>
    private sealed record Layout(ConvolutionSettings Settings, int Dimensions, int Classes)
    {
        public int Bias => Settings.SlotCount * Dimensions * Settings.Filters;

        public int Output => Bias + Settings.PooledCount;

        public int OutputBias => Output + (Settings.PooledCount * Classes);

        public int Total => OutputBias + Classes;
    }

    private sealed class Scratch(Layout layout)
    {
        private float[] _projections = new float[1024];
        private float[] _deltas = [];
        private bool[] _touched = [];

        public float[] Pooled { get; } = new float[layout.Settings.PooledCount];

        public float[] Kept { get; } = new float[layout.Settings.PooledCount];

        public int[] ArgMax { get; } = new int[layout.Settings.PooledCount];

        public float[] Logits { get; } = new float[layout.Classes];

        public float[] Projections(int length)
        {
            if (_projections.Length < length)
            {
                _projections = new float[length * 2];
            }

            return _projections;
        }

        /// <summary>Per (word, slot): the filters' deltas and whether any is set; all clear between texts.</summary>
        public (float[] Deltas, bool[] Touched) Deltas(int length, int cells)
        {
            if (_deltas.Length < length)
            {
                (_deltas, _touched) = (new float[length * 2], new bool[cells * 2]);
            }

            return (_deltas, _touched);
        }
    }
}
