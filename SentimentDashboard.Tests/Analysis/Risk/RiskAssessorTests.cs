using SentimentDashboard.Analysis;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Analysis.Risk;

/// <summary>The risk analysis on the shipped models, with texts written for these tests (and one public-domain line).</summary>
public sealed class RiskAssessorTests
{
    private const string Kennedy = "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.";
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly ModelSet Models = new([.. RiskAssessor.Tasks.Select(t => ShippedModels.Catalog.For(t)!.Model)]);

    private static (float[] Probabilities, RiskAssessment Risk) Assess(string text, Engagement? engagement = null, DateTimeOffset? postedAt = null)
    {
        var probabilities = new float[Models.OutputLength];
        Models.Score(text, probabilities);
        return (probabilities, ShippedModels.RiskAssessor.Assess(text, probabilities, engagement ?? Engagement.None, postedAt ?? Now, Now));
    }

    [Fact]
    public void Plainly_neutral_speech_scores_lower_risk_after_the_prior_correction_and_below_the_alert_threshold()
    {
        var (p, risk) = Assess(Kennedy);
        var uncorrected = RiskScore.Compute(p[4], p[6], p[0]);

        Assert.True(risk.Risk < uncorrected, $"{risk.Risk} ≥ {uncorrected}");
        Assert.True(risk.Risk < RiskOptions.DefaultAlertThreshold, risk.Justification);
        Assert.Equal(RiskCategory.Neutral, risk.Category);
        Assert.Null(risk.Target.Target);
    }

    [Fact]
    public void A_hateful_post_is_hateful_aimed_at_its_group_and_says_why()
    {
        var (_, risk) = Assess("Muslims are filthy vermin, deport every last one of them");

        Assert.Equal(RiskCategory.Hateful, risk.Category);
        Assert.Equal(HateTarget.Religion, risk.Target.Target);
        Assert.Contains("muslims", risk.Target.Terms);
        Assert.True(risk.Risk >= RiskOptions.DefaultAlertThreshold, risk.Justification);
        Assert.StartsWith("Hateful: the hate model decides hate.", risk.Justification, StringComparison.Ordinal);
        Assert.Contains("Aimed at religion (“muslims”", risk.Justification, StringComparison.Ordinal);
        Assert.Contains("Driven by hate", risk.Justification, StringComparison.Ordinal);
    }

    [Fact]
    public void A_harmless_post_shared_fast_is_potentially_viral_but_not_risky()
    {
        var (_, risk) = Assess("Our bakery just won the city's best croissant award, come by tomorrow!", new Engagement(120, 400, 60), Now.AddMinutes(-20));

        Assert.Equal(ViralityLevel.High, risk.Virality);
        Assert.Equal(RiskCategory.PotentiallyViral, risk.Category);
        Assert.Equal(29, risk.EngagementPerMinute, 3);
        Assert.True(risk.Risk < RiskOptions.DefaultAlertThreshold, risk.Justification);
        Assert.Equal(RiskScore.WithVirality(risk.ContentRisk, ViralityLevel.High), risk.Risk);
    }

    [Fact]
    public void An_offensive_post_that_is_not_hate_is_polemic()
    {
        var (p, risk) = Assess("this referee is a fucking idiot, worst call I have ever seen");

        Assert.True(p[6] > p[5], "the offensive model should decide offensive");
        Assert.True(p[4] <= p[3], "the hate model should not decide hate");
        Assert.Equal(RiskCategory.Polemic, risk.Category);
        Assert.StartsWith("Polemic: the offensive model decides offensive.", risk.Justification, StringComparison.Ordinal);
    }

    [Fact]
    public void The_correction_changes_probabilities_never_the_models_labels()
    {
        // Labels stay each model's argmax (stored Hate ≥ 0.5 is the label everywhere), whatever the correction does.
        var texts = File.ReadAllLines(FixtureFiles.Path("datasets", "hate", "topic-neutral.txt")).Where(t => t.Length > 0).Append(Kennedy).ToArray();
        foreach (var text in texts)
        {
            var (p, risk) = Assess(text);
            Assert.Equal(p[4] > p[3], risk.Category == RiskCategory.Hateful);
            Assert.InRange(risk.CalibratedHate, 0, 1);
        }
    }

    [Fact]
    public void Without_priors_only_the_hate_threshold_is_taken_out()
    {
        var options = new RiskOptions { SentimentPriors = "", HatePriors = "", OffensivePriors = "", EmotionPriors = "" };
        var probabilities = new float[Models.OutputLength];
        Models.Score(Kennedy, probabilities);
        var calibrated = new float[Models.OutputLength];

        ShippedModels.Risk(options).Calibrate(probabilities, calibrated);

        Assert.Equal(probabilities[0], calibrated[0], 5); // sentiment: nothing to take out
        Assert.Equal(probabilities[6], calibrated[6], 5);
        Assert.True(calibrated[4] > probabilities[4]); // the hate model's 0.6 threshold taken out of its probability
    }
}
