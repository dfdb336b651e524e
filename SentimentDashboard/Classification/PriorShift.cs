using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification;

/// <summary>
/// Corrects one model's probabilities for the class priors of the posts it will see (the prior-shift adjustment of
/// Saerens, Latinne and Decaestecker, 2002, with known priors): p′(c) ∝ p(c) · π(c) / π₀(c), where π₀ is the prior the
/// model learned under. Balanced class weights teach every model a uniform prior (π₀ = 1/K), so neutral text sits at
/// hate 0.2–0.4 although a third of the training tweets are hateful at most. Decision offsets folded into the bias (the
/// hate model's 0.6 threshold) are taken out first: they move decisions, not beliefs. Both are one factor per class,
/// so the correction is K multiplications and a sum. The model's label stays its own argmax; this feeds risk and display.
/// </summary>
public sealed class PriorShift
{
    private readonly float[] _factors;

    private PriorShift(float[] factors) => _factors = factors;

    /// <summary>The factor each class's probability is multiplied by before renormalising.</summary>
    public IReadOnlyList<float> Factors => _factors;

    /// <summary>
    /// The correction for <paramref name="metadata"/>'s model towards <paramref name="priors"/> (one per label, any
    /// positive scale); null priors keep the prior the model learned and only take its decision offsets out.
    /// </summary>
    public static PriorShift For(ModelMetadata metadata, IReadOnlyList<double>? priors)
    {
        var classes = metadata.Labels.Count;
        if (priors is not null && priors.Count != classes)
        {
            throw new ArgumentException($"{metadata.Task}: {priors.Count} priors for {classes} labels ({string.Join(", ", metadata.Labels)})");
        }

        var offsets = metadata.Training.DecisionOffsets;
        var balanced = string.Equals(metadata.Training.ClassWeights, "balanced", StringComparison.OrdinalIgnoreCase);
        var total = priors?.Sum() ?? 1;
        var factors = new float[classes];
        for (var c = 0; c < classes; c++)
        {
            var offset = offsets.Count == classes ? offsets[c] : 0;
            // Unweighted training already learned the training priors, which the configured ones default to.
            var shift = priors is not null && balanced ? priors[c] / total * classes : 1;
            factors[c] = (float)(Math.Exp(-offset / metadata.Temperature) * shift);
        }

        return new PriorShift(factors);
    }

    public void Apply(ReadOnlySpan<float> probabilities, Span<float> corrected)
    {
        var sum = 0f;
        for (var c = 0; c < _factors.Length; c++)
        {
            corrected[c] = probabilities[c] * _factors[c];
            sum += corrected[c];
        }

        if (sum > 0 && float.IsFinite(sum))
        {
            for (var c = 0; c < _factors.Length; c++)
            {
                corrected[c] /= sum;
            }
        }
        else
        {
            probabilities[.._factors.Length].CopyTo(corrected);
        }
    }
}
