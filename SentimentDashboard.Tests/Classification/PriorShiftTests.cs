using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Classification;

public sealed class PriorShiftTests
{
    private static ModelMetadata HateMetadata(float temperature, IReadOnlyList<float> offsets, string classWeights = "balanced") =>
        ShippedModels.Catalog.For(ClassificationTask.Hate)!.Model.Metadata with
        {
            Temperature = temperature,
            Training = new TrainingSummary { ClassWeights = classWeights, DecisionOffsets = offsets },
        };

    private static float[] Apply(PriorShift shift, params float[] probabilities)
    {
        var corrected = new float[probabilities.Length];
        shift.Apply(probabilities, corrected);
        return corrected;
    }

    [Fact]
    public void A_balanced_model_is_moved_to_the_configured_prior()
    {
        // Worked example: a balanced model at 0.5 / 0.5 believes the 1:1 prior it was taught; with a real prior of
        // 3:1, p′ ∝ (0.5 · 0.75 / 0.5, 0.5 · 0.25 / 0.5) = (0.75, 0.25).
        var shift = PriorShift.For(HateMetadata(1, []), [0.75, 0.25]);

        var corrected = Apply(shift, 0.5f, 0.5f);

        Assert.Equal(0.75f, corrected[0], 4);
        Assert.Equal(0.25f, corrected[1], 4);
    }

    [Fact]
    public void A_decision_threshold_folded_into_the_bias_is_taken_out_before_the_prior()
    {
        // The hate model decides at 0.6: its bias moved the hate logit by −T·logit(0.6), so it shows 0.5 where its
        // calibrated belief is 0.6. Without a prior the correction gives 0.6 back; with the training prior
        // (0.673, 0.327): 0.6 · 0.654 / (0.6 · 0.654 + 0.4 · 1.346) = 0.4216.
        var temperature = 1.3f;
        float[] offsets = [0, -(float)(temperature * Math.Log(0.6 / 0.4))];

        Assert.Equal(0.6f, Apply(PriorShift.For(HateMetadata(temperature, offsets), null), 0.5f, 0.5f)[1], 4);
        Assert.Equal(0.4216f, Apply(PriorShift.For(HateMetadata(temperature, offsets), [0.673, 0.327]), 0.5f, 0.5f)[1], 3);
    }

    [Fact]
    public void Priors_on_any_scale_are_normalised()
    {
        var shares = Apply(PriorShift.For(HateMetadata(1, []), [0.75, 0.25]), 0.3f, 0.7f);
        var counts = Apply(PriorShift.For(HateMetadata(1, []), [7500, 2500]), 0.3f, 0.7f);

        Assert.Equal(shares, counts);
        Assert.Equal(1, shares.Sum(), 4);
    }

    [Fact]
    public void A_model_trained_without_class_weights_already_has_its_training_prior()
    {
        var shift = PriorShift.For(HateMetadata(1, [], classWeights: "none"), [0.75, 0.25]);

        Assert.Equal([0.3f, 0.7f], Apply(shift, 0.3f, 0.7f));
    }

    [Fact]
    public void Priors_that_do_not_match_the_labels_are_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => PriorShift.For(HateMetadata(1, []), [0.2, 0.3, 0.5]));

        Assert.Contains("3 priors for 2 labels", error.Message, StringComparison.Ordinal);
    }
}
