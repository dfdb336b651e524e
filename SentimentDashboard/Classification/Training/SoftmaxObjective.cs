using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace SentimentDashboard.Classification.Training;

/// <summary>
/// Weighted mean cross-entropy of multinomial logistic regression plus L2 on all weights but the bias.
/// Parameters: sparse columns [column * C + c], then word-vector weights, then the bias. The rows are cut into a fixed
/// number of chunks evaluated in parallel and summed in order, so results do not depend on the number of cores.
/// </summary>
internal sealed class SoftmaxObjective
{
    private const int Chunks = 4;

    private readonly SparseDesign _design;
    private readonly int[] _labels;
    private readonly float[] _weights;
    private readonly double _weightSum;
    private readonly double _l2;
    private readonly double[][] _chunkGradients;
    private readonly double[] _chunkLosses = new double[Chunks];

    public SoftmaxObjective(SparseDesign design, int[] labels, float[] sampleWeights, int classes, double l2)
    {
        _design = design;
        _labels = labels;
        _weights = sampleWeights;
        _l2 = l2;
        Classes = classes is >= 2 and <= 4 ? classes : throw new ArgumentOutOfRangeException(nameof(classes), classes, "the objective handles 2 to 4 classes");
        Dimension = (design.ColumnCount + design.DenseDimensions + 1) * classes;
        _weightSum = sampleWeights.Sum(w => (double)w);
        _chunkGradients = Enumerable.Range(0, Chunks).Select(_ => new double[Dimension]).ToArray();
    }

    public int Classes { get; }

    public int Dimension { get; }

    public int BiasOffset => (_design.ColumnCount + _design.DenseDimensions) * Classes;

    public double Evaluate(double[] parameters, double[] gradient)
    {
        var rows = _design.RowCount;
        Parallel.For(0, Chunks, chunk =>
        {
            var from = (int)((long)rows * chunk / Chunks);
            var to = (int)((long)rows * (chunk + 1) / Chunks);
            _chunkLosses[chunk] = EvaluateRows(parameters, _chunkGradients[chunk], from, to);
        });

        Array.Clear(gradient);
        var loss = 0.0;
        for (var chunk = 0; chunk < Chunks; chunk++)
        {
            loss += _chunkLosses[chunk];
            var part = _chunkGradients[chunk];
            for (var i = 0; i < gradient.Length; i++)
            {
                gradient[i] += part[i];
            }
        }

        var scale = 1.0 / _weightSum;
        loss *= scale;
        var penalty = 0.0;
        var biasOffset = BiasOffset;
        for (var i = 0; i < gradient.Length; i++)
        {
            gradient[i] *= scale;
            if (i < biasOffset)
            {
                penalty += parameters[i] * parameters[i];
                gradient[i] += _l2 * parameters[i];
            }
        }

        return loss + (0.5 * _l2 * penalty);
    }

    private double EvaluateRows(double[] parameters, double[] gradient, int from, int to) => Classes switch
    {
        2 => EvaluateRows<TwoClasses>(parameters, gradient, from, to),
        3 => EvaluateRows<ThreeClasses>(parameters, gradient, from, to),
        _ => EvaluateRows<FourClasses>(parameters, gradient, from, to),
    };

    /// <summary>
    /// Loss and gradient of rows [from, to), with the class count a constant of the type: each feature's class weights
    /// are read into registers and its gradient written back without a loop over classes (the same sums, in the same
    /// order, as a loop would make).
    /// </summary>
    private double EvaluateRows<TClasses>(double[] parameters, double[] gradient, int from, int to)
        where TClasses : struct, IClassCount
    {
        Array.Clear(gradient);
        var classes = TClasses.Value;
        Span<double> p = stackalloc double[classes];
        ref var weights = ref MemoryMarshal.GetArrayDataReference(parameters);
        ref var gradients = ref MemoryMarshal.GetArrayDataReference(gradient);
        var loss = 0.0;
        var biasOffset = BiasOffset;
        var denseOffset = _design.ColumnCount * classes;
        for (var row = from; row < to; row++)
        {
            var columns = _design.RowColumns(row);
            var values = _design.RowValues(row);
            var dense = _design.RowDense(row);
            var scores = ClassValues.Read<TClasses>(ref Unsafe.Add(ref weights, biasOffset));
            for (var i = 0; i < columns.Length; i++)
            {
                scores.AddScaled<TClasses>(ref Unsafe.Add(ref weights, columns[i] * classes), values[i]);
            }

            for (var d = 0; d < dense.Length; d++)
            {
                scores.AddScaled<TClasses>(ref Unsafe.Add(ref weights, denseOffset + (d * classes)), dense[d]);
            }

            var max = double.NegativeInfinity;
            for (var c = 0; c < classes; c++)
            {
                p[c] = scores[c];
                max = Math.Max(max, p[c]);
            }

            var sum = 0.0;
            for (var c = 0; c < classes; c++)
            {
                p[c] = Math.Exp(p[c] - max);
                sum += p[c];
            }

            var label = _labels[row];
            var weight = _weights[row];
            loss -= weight * Math.Log(Math.Max(p[label] / sum, 1e-300));
            for (var c = 0; c < classes; c++)
            {
                p[c] = weight * ((p[c] / sum) - (c == label ? 1 : 0));
                gradient[biasOffset + c] += p[c];
            }

            var deltas = ClassValues.Read<TClasses>(ref MemoryMarshal.GetReference(p));
            for (var i = 0; i < columns.Length; i++)
            {
                deltas.AddScaledTo<TClasses>(ref Unsafe.Add(ref gradients, columns[i] * classes), values[i]);
            }

            for (var d = 0; d < dense.Length; d++)
            {
                deltas.AddScaledTo<TClasses>(ref Unsafe.Add(ref gradients, denseOffset + (d * classes)), dense[d]);
            }
        }

        return loss;
    }
}
