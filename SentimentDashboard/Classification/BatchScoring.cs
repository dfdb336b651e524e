using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification;

/// <summary>Scores many texts with one model on all cores: for validation, evaluation and calibration.</summary>
public static class BatchScoring
{
    /// <summary>Uncalibrated logits (temperature 1) of each text.</summary>
    public static float[][] Logits(LinearModel model, IReadOnlyList<string> texts) => Score(model, texts, calibrated: false);

    /// <summary>Calibrated class probabilities of each text.</summary>
    public static float[][] Probabilities(LinearModel model, IReadOnlyList<string> texts) => Score(model, texts, calibrated: true);

    public static int ArgMax(ReadOnlySpan<float> values)
    {
        var best = 0;
        for (var c = 1; c < values.Length; c++)
        {
            if (values[c] > values[best])
            {
                best = c;
            }
        }

        return best;
    }

    private static float[][] Score(LinearModel model, IReadOnlyList<string> texts, bool calibrated)
    {
        var result = new float[texts.Count][];
        Parallel.For(
            0,
            texts.Count,
            () =>
            {
                var featurizer = model.CreateFeaturizer();
                return (Featurizer: featurizer, Bag: featurizer.CreateBag());
            },
            (i, _, scratch) =>
            {
                scratch.Featurizer.Featurize(texts[i], scratch.Bag);
                result[i] = new float[model.ClassCount];
                if (calibrated)
                {
                    model.Predict(scratch.Bag, result[i]);
                }
                else
                {
                    model.Logits(scratch.Bag, result[i]);
                }

                return scratch;
            },
            _ => { });
        return result;
    }
}
