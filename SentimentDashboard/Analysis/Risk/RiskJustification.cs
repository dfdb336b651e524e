using System.Globalization;
using System.Text;

namespace SentimentDashboard.Analysis.Risk;

/// <summary>
/// A risk assessment in a few words: why the category, which model probabilities (prior-corrected) drove the content
/// risk, who is targeted and by which words, how viral, and the arithmetic of the risk.
/// </summary>
public static class RiskJustification
{
    public static string Write(RiskAssessment a, bool offensive, bool angryNegative, Engagement engagement)
    {
        var text = new StringBuilder();
        text.Append(a.Category switch
        {
            RiskCategory.Hateful => "Hateful: the hate model decides hate.",
            RiskCategory.Polemic when offensive => "Polemic: the offensive model decides offensive.",
            RiskCategory.Polemic when angryNegative => "Polemic: mostly negative, and angry.",
            RiskCategory.PotentiallyViral => "Potentially viral: high engagement, no model flags its content.",
            _ => "Neutral: no model flags it.",
        });

        var drivers = new (string Name, float Share)[]
            {
                ("hate", a.CalibratedHate), ("offensive", RiskScore.OffensiveWeight * a.CalibratedOffensive), ("negative", RiskScore.NegativeWeight * a.CalibratedNegative),
            }
            .Where(d => d.Share >= 0.1f)
            .OrderByDescending(d => d.Share)
            .ToArray();
        text.Append(drivers.Length == 0
            ? " No signal weighs 0.1 or more."
            : " Driven by " + string.Join(", ", drivers.Select(d => d.Name + " " + Number(Probability(a, d.Name)))) + " (prior-corrected).");

        if (a.Target.Target is { } target)
        {
            text.Append(" Aimed at ").Append(RiskNames.Of(target)).Append(" (").AppendJoin(", ", a.Target.Terms.Select(t => "“" + t + "”")).Append(").");
        }

        text.Append(" Virality ").Append(RiskNames.Of(a.Virality)).Append(": ").Append(engagement.Viewers is { } viewers
            ? string.Create(CultureInfo.InvariantCulture, $"{viewers:N0} viewers, {a.EngagementPerMinute:+0.#;-0.#;0} a minute.")
            : string.Create(CultureInfo.InvariantCulture, $"{a.EngagementPerMinute:0.##} interactions a minute."));
        text.Append(" Risk ").Append(Number(a.Risk)).Append(" = content ").Append(Number(a.ContentRisk))
            .Append(" × ").Append((1 + RiskScore.Boost(a.Virality)).ToString("0.0", CultureInfo.InvariantCulture)).Append(", at most 1.");
        return text.ToString();
    }

    private static float Probability(RiskAssessment a, string name) =>
        name == "hate" ? a.CalibratedHate : name == "offensive" ? a.CalibratedOffensive : a.CalibratedNegative;

    private static string Number(float value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
