using System.Globalization;
using System.Text;

namespace SentimentDashboard.Analysis.Risk;

/// <summary>
/// A risk assessment in a few words: why the category, which model probabilities (prior-corrected) drove the content
/// risk, who is targeted and by which words, how viral, and the arithmetic of the risk. Written for every scored post,
/// so it appends to one builder per thread rather than composing strings.
/// </summary>
public static class RiskJustification
{
    /// <summary>Signals weighing less than this in the formula are not named.</summary>
    private const float NamedShare = 0.1f;

    [ThreadStatic]
    private static StringBuilder? t_text;

    public static string Write(RiskAssessment a, bool offensive, bool angryNegative, Engagement engagement)
    {
        var text = t_text ??= new StringBuilder(256);
        text.Clear();
        text.Append(a.Category switch
        {
            RiskCategory.Hateful => "Hateful: the hate model decides hate.",
            RiskCategory.Polemic when offensive => "Polemic: the offensive model decides offensive.",
            RiskCategory.Polemic when angryNegative => "Polemic: mostly negative, and angry.",
            RiskCategory.PotentiallyViral => "Potentially viral: high engagement, no model flags its content.",
            _ => "Neutral: no model flags it.",
        });

        Span<(float Share, int Signal)> drivers =
        [
            (a.CalibratedHate, 0), (RiskScore.OffensiveWeight * a.CalibratedOffensive, 1), (RiskScore.NegativeWeight * a.CalibratedNegative, 2),
        ];
        drivers.Sort((x, y) => y.Share.CompareTo(x.Share));
        var named = 0;
        foreach (var (share, signal) in drivers)
        {
            if (share < NamedShare)
            {
                continue;
            }

            text.Append(named++ == 0 ? " Driven by " : ", ");
            text.Append(signal switch { 0 => "hate ", 1 => "offensive ", _ => "negative " });
            Number(text, signal switch { 0 => a.CalibratedHate, 1 => a.CalibratedOffensive, _ => a.CalibratedNegative });
        }

        text.Append(named == 0 ? " No signal weighs 0.1 or more." : " (prior-corrected).");

        if (a.Target.Target is { } target)
        {
            text.Append(" Aimed at ").Append(RiskNames.Of(target)).Append(" (");
            for (var i = 0; i < a.Target.Terms.Count; i++)
            {
                text.Append(i == 0 ? "“" : ", “").Append(a.Target.Terms[i]).Append('”');
            }

            text.Append(").");
        }

        text.Append(" Virality ").Append(RiskNames.Of(a.Virality)).Append(": ");
        if (engagement.Viewers is { } viewers)
        {
            text.Append(viewers.ToString("N0", CultureInfo.InvariantCulture)).Append(" viewers, ")
                .Append(a.EngagementPerMinute.ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture)).Append(" a minute.");
        }
        else
        {
            text.Append(a.EngagementPerMinute.ToString("0.##", CultureInfo.InvariantCulture)).Append(" interactions a minute.");
        }

        text.Append(" Risk ");
        Number(text, a.Risk);
        text.Append(" = content ");
        Number(text, a.ContentRisk);
        text.Append(a.Virality switch { ViralityLevel.High => " × 1.5", ViralityLevel.Medium => " × 1.3", _ => " × 1.0" }).Append(", at most 1.");
        return text.ToString();
    }

    private static void Number(StringBuilder text, float value) => text.Append(value.ToString("0.00", CultureInfo.InvariantCulture));
}
