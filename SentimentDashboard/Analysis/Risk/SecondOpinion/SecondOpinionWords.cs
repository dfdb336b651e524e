using System.Globalization;
using System.Text;

namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>
/// The words a model may answer with, ours (<see cref="RiskNames"/>) and the seed's French ones, compared without case,
/// accents, underscores or hyphens: "Polémique", "potentially_viral" and "FORTE" are all understood.
/// </summary>
public static class SecondOpinionWords
{
    public static readonly IReadOnlyDictionary<string, RiskCategory> Categories = Vocabulary(
        Enum.GetValues<RiskCategory>().Select(c => (RiskNames.Of(c), c)),
        [("neutre", RiskCategory.Neutral), ("polémique", RiskCategory.Polemic), ("potentiellement viral", RiskCategory.PotentiallyViral),
         ("discours haineux", RiskCategory.Hateful)]);

    public static readonly IReadOnlyDictionary<string, ViralityLevel> Viralities = Vocabulary(
        Enum.GetValues<ViralityLevel>().Select(v => (RiskNames.Of(v), v)),
        [("faible", ViralityLevel.Low), ("moyenne", ViralityLevel.Medium), ("moyen", ViralityLevel.Medium), ("forte", ViralityLevel.High),
         ("fort", ViralityLevel.High), ("élevée", ViralityLevel.High)]);

    public static readonly IReadOnlyDictionary<string, HateTarget> Targets = Vocabulary(
        Enum.GetValues<HateTarget>().Select(t => (RiskNames.Of(t), t)),
        [("ethnie", HateTarget.Origin), ("origine", HateTarget.Origin), ("genre", HateTarget.Gender), ("orientation sexuelle", HateTarget.SexualOrientation),
         ("handicap", HateTarget.Disability), ("individu", HateTarget.Individual), ("individual", HateTarget.Individual),
         ("groupe social", HateTarget.OtherGroup), ("autre", HateTarget.OtherGroup), ("other group", HateTarget.OtherGroup)]);

    /// <summary>What a model writes for "no target".</summary>
    public static readonly IReadOnlySet<string> NoTarget = new HashSet<string>(
        new[] { "", "null", "none", "no one", "nobody", "aucune", "aucun", "personne", "n/a", "na" }.Select(Normalize), StringComparer.Ordinal);

    public static readonly IReadOnlyDictionary<string, bool> YesNo = Vocabulary<bool>(
        [("true", true), ("yes", true), ("oui", true), ("vrai", true), ("false", false), ("no", false), ("non", false), ("faux", false)], []);

    /// <summary>Lower case, no accents, words separated by single spaces, no final full stop.</summary>
    public static string Normalize(string word)
    {
        var plain = new StringBuilder(word.Length);
        var space = false;
        foreach (var c in word.Trim().TrimEnd('.').Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || c is '_' or '-')
            {
                space = plain.Length > 0;
                continue;
            }

            if (space)
            {
                plain.Append(' ');
                space = false;
            }

            plain.Append(char.ToLowerInvariant(c));
        }

        return plain.ToString();
    }

    private static Dictionary<string, T> Vocabulary<T>(IEnumerable<(string Word, T Value)> ours, (string Word, T Value)[] theirs) =>
        ours.Concat(theirs).ToDictionary(p => Normalize(p.Word), p => p.Value, StringComparer.Ordinal);
}
