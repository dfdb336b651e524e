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
        Classes = classes;
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

    /// <summary>Raw class scores of one training row under <paramref name="parameters"/>.</summary>
    public void Logits(double[] parameters, int row, Span<double> logits)
    {
        var classes = Classes;
        var biasOffset = BiasOffset;
        for (var c = 0; c < classes; c++)
        {
            logits[c] = parameters[biasOffset + c];
        }

        var columns = _design.RowColumns(row);
        var values = _design.RowValues(row);
        for (var i = 0; i < columns.Length; i++)
        {
            var offset = columns[i] * classes;
            var x = values[i];
            for (var c = 0; c < classes; c++)
            {
                logits[c] += x * parameters[offset + c];
            }
        }

        var dense = _design.RowDense(row);
        var denseOffset = _design.ColumnCount * classes;
        for (var d = 0; d < dense.Length; d++)
        {
            var x = dense[d];
            var offset = denseOffset + (d * classes);
            for (var c = 0; c < classes; c++)
            {
                logits[c] += x * parameters[offset + c];
            }
        }
    }

    private double EvaluateRows(double[] parameters, double[] gradient, int from, int to)
    {
        Array.Clear(gradient);
        var classes = Classes;
        Span<double> p = stackalloc double[classes];
        var loss = 0.0;
        var biasOffset = BiasOffset;
        var denseOffset = _design.ColumnCount * classes;
        for (var row = from; row < to; row++)
        {
            Logits(parameters, row, p);
            var max = double.NegativeInfinity;
            foreach (var v in p)
            {
                max = Math.Max(max, v);
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

            var columns = _design.RowColumns(row);
            var values = _design.RowValues(row);
            for (var i = 0; i < columns.Length; i++)
            {
                var offset = columns[i] * classes;
                var x = values[i];
                for (var c = 0; c < classes; c++)
                {
                    gradient[offset + c] += x * p[c];
                }
            }

            var dense = _design.RowDense(row);
            for (var d = 0; d < dense.Length; d++)
            {
                var x = dense[d];
                var offset = denseOffset + (d * classes);
                for (var c = 0; c < classes; c++)
                {
                    gradient[offset + c] += x * p[c];
                }
            }
        }

        return loss;
    }
}
