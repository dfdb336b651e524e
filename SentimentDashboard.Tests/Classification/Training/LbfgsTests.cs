using SentimentDashboard.Classification.Training;

namespace SentimentDashboard.Tests.Classification.Training;

public sealed class LbfgsTests
{
    [Fact]
    public void Minimize_Rosenbrock_ReachesTheMinimum()
    {
        static double Rosenbrock(double[] x, double[] g)
        {
            var a = 1 - x[0];
            var b = x[1] - (x[0] * x[0]);
            g[0] = (-2 * a) - (400 * x[0] * b);
            g[1] = 200 * b;
            return (a * a) + (100 * b * b);
        }

        var result = Lbfgs.Minimize(Rosenbrock, [-1.2, 1.0], maxIterations: 500, tolerance: 1e-12);
        Assert.Equal(1.0, result.Solution[0], 3);
        Assert.Equal(1.0, result.Solution[1], 3);
        Assert.True(result.Value < 1e-6);
    }

    [Fact]
    public void Minimize_Quadratic_ConvergesInFewIterations()
    {
        double[] scale = [1, 10, 100, 1000];
        double Quadratic(double[] x, double[] g)
        {
            var f = 0.0;
            for (var i = 0; i < x.Length; i++)
            {
                var d = x[i] - i;
                f += 0.5 * scale[i] * d * d;
                g[i] = scale[i] * d;
            }

            return f;
        }

        var result = Lbfgs.Minimize(Quadratic, new double[4], maxIterations: 100, tolerance: 1e-14);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(i, result.Solution[i], 4);
        }

        Assert.True(result.Iterations < 40, $"{result.Iterations} iterations");
    }
}
