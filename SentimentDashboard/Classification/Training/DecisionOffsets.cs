namespace SentimentDashboard.Classification.Training;

/// <summary>
/// Per-class offsets added to a model's logits (folded into its bias) so that its argmax decisions maximise the task's
/// own metric (macro-F1, or macro-recall for sentiment) rather than likelihood. Tuned on out-of-fold logits of the
/// training rows by coordinate ascent over a grid; class 0 stays at 0, as only differences matter.
/// </summary>
public static class DecisionOffsets
{
    private const float Step = 0.05f;
    private const float Limit = 2f;
    private const int Rounds = 3;

    public static float[] Tune(IReadOnlyList<float[]> logits, IReadOnlyList<int> gold, int classes, bool macroRecall)
    {
        var offsets = new float[classes];
        var best = Score(logits, gold, offsets, macroRecall);
        for (var round = 0; round < Rounds; round++)
        {
            var improved = false;
            for (var c = 1; c < classes; c++)
            {
                var keep = offsets[c];
                for (var value = -Limit; value <= Limit + (Step / 2); value += Step)
                {
                    offsets[c] = value;
                    var score = Score(logits, gold, offsets, macroRecall);
                    // Ties go to the smaller shift: no move without evidence.
                    if (score > best + 1e-9 || (Math.Abs(score - best) <= 1e-9 && Math.Abs(value) < Math.Abs(keep)))
                    {
                        improved |= score > best + 1e-9;
                        best = Math.Max(best, score);
                        keep = value;
                    }
                }

                offsets[c] = keep;
            }

            if (!improved)
            {
                break;
            }
        }

        return offsets;
    }

    /// <summary>Macro-F1 (or macro-recall) of argmax(logits + offsets) against <paramref name="gold"/>.</summary>
    public static double Score(IReadOnlyList<float[]> logits, IReadOnlyList<int> gold, ReadOnlySpan<float> offsets, bool macroRecall)
    {
        var classes = offsets.Length;
        Span<int> truePositives = stackalloc int[classes];
        Span<int> predicted = stackalloc int[classes];
        Span<int> actual = stackalloc int[classes];
        for (var i = 0; i < logits.Count; i++)
        {
            var z = logits[i];
            var best = 0;
            for (var c = 1; c < classes; c++)
            {
                if (z[c] + offsets[c] > z[best] + offsets[best])
                {
                    best = c;
                }
            }

            predicted[best]++;
            actual[gold[i]]++;
            if (best == gold[i])
            {
                truePositives[best]++;
            }
        }

        double sum = 0;
        for (var c = 0; c < classes; c++)
        {
            var recall = actual[c] == 0 ? 0 : (double)truePositives[c] / actual[c];
            var precision = predicted[c] == 0 ? 0 : (double)truePositives[c] / predicted[c];
            sum += macroRecall ? recall : precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        return sum / classes;
    }
}
