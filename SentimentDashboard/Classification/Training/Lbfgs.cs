namespace SentimentDashboard.Classification.Training;

/// <summary>Limited-memory BFGS (Nocedal &amp; Wright, algorithm 7.4) with a backtracking Armijo line search.</summary>
internal static class Lbfgs
{
    public delegate double Objective(double[] x, double[] gradient);

    public static LbfgsResult Minimize(Objective objective, double[] x, int maxIterations, double tolerance, int memory = 8, Action<int, double>? progress = null, CancellationToken cancellation = default)
    {
        var n = x.Length;
        var g = new double[n];
        var f = objective(x, g);
        var s = new double[memory][];
        var y = new double[memory][];
        var rho = new double[memory];
        var alpha = new double[memory];
        var stored = 0;
        var newest = -1;
        var direction = new double[n];
        var xNew = new double[n];
        var gNew = new double[n];
        var quietIterations = 0;
        var iteration = 0;
        while (iteration < maxIterations)
        {
            cancellation.ThrowIfCancellationRequested();
            iteration++;
            ComputeDirection(g, s, y, rho, alpha, stored, newest, memory, direction);
            var slope = Dot(g, direction);
            if (slope >= 0)
            {
                // Not a descent direction (numerical trouble): restart from steepest descent.
                stored = 0;
                for (var i = 0; i < n; i++)
                {
                    direction[i] = -g[i];
                }

                slope = Dot(g, direction);
            }

            var step = stored == 0 ? 1.0 / Math.Max(1.0, Math.Sqrt(-slope)) : 1.0;
            double fNew;
            var backtracks = 0;
            while (true)
            {
                for (var i = 0; i < n; i++)
                {
                    xNew[i] = x[i] + (step * direction[i]);
                }

                fNew = objective(xNew, gNew);
                if (fNew <= f + (1e-4 * step * slope) || backtracks++ >= 30)
                {
                    break;
                }

                step *= 0.5;
            }

            newest = (newest + 1) % memory;
            s[newest] ??= new double[n];
            y[newest] ??= new double[n];
            for (var i = 0; i < n; i++)
            {
                s[newest][i] = xNew[i] - x[i];
                y[newest][i] = gNew[i] - g[i];
            }

            var sy = Dot(s[newest], y[newest]);
            if (sy > 1e-12)
            {
                rho[newest] = 1.0 / sy;
                stored = Math.Min(stored + 1, memory);
            }
            else
            {
                // The pair would break positive-definiteness and it overwrote the oldest one: start the history afresh.
                stored = 0;
                newest = -1;
            }

            var improvement = (f - fNew) / Math.Max(1.0, Math.Abs(f));
            (x, xNew) = (xNew, x);
            (g, gNew) = (gNew, g);
            f = fNew;
            progress?.Invoke(iteration, f);
            quietIterations = improvement < tolerance ? quietIterations + 1 : 0;
            if (quietIterations >= 3 || Math.Sqrt(Dot(g, g)) < 1e-8)
            {
                break;
            }
        }

        return new LbfgsResult(x, f, iteration);
    }

    private static void ComputeDirection(double[] g, double[][] s, double[][] y, double[] rho, double[] alpha, int stored, int newest, int memory, double[] direction)
    {
        var n = g.Length;
        for (var i = 0; i < n; i++)
        {
            direction[i] = -g[i];
        }

        if (stored == 0)
        {
            return;
        }

        for (var k = 0; k < stored; k++)
        {
            var j = (newest - k + memory) % memory;
            alpha[j] = rho[j] * Dot(s[j], direction);
            Axpy(-alpha[j], y[j], direction);
        }

        var gamma = Dot(s[newest], y[newest]) / Dot(y[newest], y[newest]);
        for (var i = 0; i < n; i++)
        {
            direction[i] *= gamma;
        }

        for (var k = stored - 1; k >= 0; k--)
        {
            var j = (newest - k + memory) % memory;
            var beta = rho[j] * Dot(y[j], direction);
            Axpy(alpha[j] - beta, s[j], direction);
        }
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static void Axpy(double factor, double[] x, double[] target)
    {
        for (var i = 0; i < x.Length; i++)
        {
            target[i] += factor * x[i];
        }
    }
}
