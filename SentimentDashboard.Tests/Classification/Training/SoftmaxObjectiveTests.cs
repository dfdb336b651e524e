using SentimentDashboard.Classification.Training;

namespace SentimentDashboard.Tests.Classification.Training;

public sealed class SoftmaxObjectiveTests
{
    private const double L2 = 0.01;

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Evaluate_RandomDesign_MatchesTheWeightedCrossEntropyAndItsFiniteDifferences(int classes)
    {
        var random = new Random(classes);
        var (design, labels, weights) = RandomProblem(random, classes);
        var objective = new SoftmaxObjective(design, labels, weights, classes, L2);
        var parameters = Enumerable.Range(0, objective.Dimension).Select(_ => random.NextDouble() - 0.5).ToArray();
        var gradient = new double[objective.Dimension];

        var loss = objective.Evaluate(parameters, gradient);

        Assert.Equal(ReferenceLoss(design, labels, weights, classes, parameters), loss, 10);
        var scratch = new double[objective.Dimension];
        for (var i = 0; i < objective.Dimension; i++)
        {
            const double step = 1e-5;
            var shifted = (double[])parameters.Clone();
            shifted[i] += step;
            var up = objective.Evaluate(shifted, scratch);
            shifted[i] -= 2 * step;
            var down = objective.Evaluate(shifted, scratch);
            Assert.Equal((up - down) / (2 * step), gradient[i], 6);
        }
    }

    [Fact]
    public void Constructor_FiveClasses_IsRefused()
    {
        var (design, labels, weights) = RandomProblem(new Random(5), 5);

        Assert.Throws<ArgumentOutOfRangeException>(() => new SoftmaxObjective(design, labels, weights, 5, L2));
    }

    private static (SparseDesign Design, int[] Labels, float[] Weights) RandomProblem(Random random, int classes)
    {
        const int rows = 40;
        const int columnCount = 12;
        const int denseDimensions = 3;
        var rowStart = new List<int> { 0 };
        var columns = new List<int>();
        for (var row = 0; row < rows; row++)
        {
            columns.AddRange(Enumerable.Range(0, columnCount).Where(_ => random.NextDouble() < 0.3));
            rowStart.Add(columns.Count);
        }

        var values = columns.Select(_ => (float)random.NextDouble()).ToArray();
        var dense = Enumerable.Range(0, rows * denseDimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var design = new SparseDesign([.. rowStart], [.. columns], values, dense, columnCount, denseDimensions);
        var labels = Enumerable.Range(0, rows).Select(row => row % classes).ToArray();
        var weights = Enumerable.Range(0, rows).Select(_ => (float)(0.5 + random.NextDouble())).ToArray();
        return (design, labels, weights);
    }

    /// <summary>Weighted mean cross-entropy plus L2 / 2 on all weights but the bias, written out plainly.</summary>
    private static double ReferenceLoss(SparseDesign design, int[] labels, float[] weights, int classes, double[] parameters)
    {
        var dense = design.ColumnCount * classes;
        var bias = (design.ColumnCount + design.DenseDimensions) * classes;
        var total = 0.0;
        for (var row = 0; row < design.RowCount; row++)
        {
            var scores = new double[classes];
            for (var c = 0; c < classes; c++)
            {
                scores[c] = parameters[bias + c];
                var columns = design.RowColumns(row);
                for (var i = 0; i < columns.Length; i++)
                {
                    scores[c] += design.RowValues(row)[i] * parameters[(columns[i] * classes) + c];
                }

                for (var d = 0; d < design.DenseDimensions; d++)
                {
                    scores[c] += design.RowDense(row)[d] * parameters[dense + (d * classes) + c];
                }
            }

            var logSum = Math.Log(scores.Sum(Math.Exp));
            total -= weights[row] * (scores[labels[row]] - logSum);
        }

        var penalty = parameters.Take(bias).Sum(w => w * w);
        return (total / weights.Sum(w => (double)w)) + (0.5 * L2 * penalty);
    }
}
