namespace SentimentDashboard.Classification.Training;

/// <summary>Fits the single temperature that minimises the log-loss of held-out logits (Guo et al., 2017).</summary>
internal static class TemperatureScaling
{
    public static float Fit(IReadOnlyList<float[]> logits, IReadOnlyList<int> labels)
    {
        if (logits.Count == 0)
        {
            return 1f;
        }

        // Golden-section search on log T in [ln 0.05, ln 20]; the log-loss is unimodal in T.
        double low = Math.Log(0.05), high = Math.Log(20);
        var ratio = (Math.Sqrt(5) - 1) / 2;
        var a = high - (ratio * (high - low));
        var b = low + (ratio * (high - low));
        double fa = LogLoss(logits, labels, Math.Exp(a)), fb = LogLoss(logits, labels, Math.Exp(b));
        for (var i = 0; i < 60; i++)
        {
            if (fa < fb)
            {
                high = b;
                (b, fb) = (a, fa);
                a = high - (ratio * (high - low));
                fa = LogLoss(logits, labels, Math.Exp(a));
            }
            else
            {
                low = a;
                (a, fa) = (b, fb);
                b = low + (ratio * (high - low));
                fb = LogLoss(logits, labels, Math.Exp(b));
            }
        }

        return (float)Math.Exp((low + high) / 2);
    }

    public static double LogLoss(IReadOnlyList<float[]> logits, IReadOnlyList<int> labels, double temperature)
    {
        var total = 0.0;
        for (var i = 0; i < logits.Count; i++)
        {
            var z = logits[i];
            var max = z.Max();
            var sum = 0.0;
            foreach (var v in z)
            {
                sum += Math.Exp((v - max) / temperature);
            }

            total -= ((z[labels[i]] - max) / temperature) - Math.Log(sum);
        }

        return total / logits.Count;
    }
}
