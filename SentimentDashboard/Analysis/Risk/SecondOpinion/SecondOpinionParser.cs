using System.Globalization;
using System.Text.Json;

namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>
/// Reads a model's answer into a <see cref="SecondOpinion"/>: our English keys or the seed's French ones
/// (categorie, viralite, discours_haineux, cible, risque_score), their values in either language
/// (<see cref="SecondOpinionWords"/>), the score as a number or a numeric string, clamped to [0, 1]. An answer that is
/// not JSON, lacks a key (all but the target are required) or holds an unknown value is an error a moderator can read.
/// </summary>
public static class SecondOpinionParser
{
    public const int MaxJustificationCharacters = 2000;
    private const int QuotedCharacters = 160;

    private static readonly string[] CategoryKeys = ["category", "categorie"];
    private static readonly string[] ViralityKeys = ["virality", "viralite"];
    private static readonly string[] HateKeys = ["hate", "discours_haineux", "hate_speech"];
    private static readonly string[] TargetKeys = ["target", "cible"];
    private static readonly string[] JustificationKeys = ["justification"];
    private static readonly string[] ScoreKeys = ["score", "risque_score", "risk_score"];

    public static SecondOpinionResult Parse(string answer, string model)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return SecondOpinionResult.Failed("The model's answer was empty.");
        }

        using var document = AnswerJson.Find(answer, o => Field(o, CategoryKeys) is not null);
        if (document is null)
        {
            return SecondOpinionResult.Failed($"The model's answer was not JSON: {Quote(answer)}");
        }

        var root = document.RootElement;
        var missing = new[] { CategoryKeys, ViralityKeys, HateKeys, JustificationKeys, ScoreKeys }
            .Where(keys => Field(root, keys) is not { ValueKind: not JsonValueKind.Null })
            .Select(keys => $"\"{keys[0]}\"")
            .ToList();
        if (missing.Count > 0)
        {
            return SecondOpinionResult.Failed($"The model's answer lacks {string.Join(", ", missing)}: {Quote(answer)}");
        }

        var category = Word(root, CategoryKeys, SecondOpinionWords.Categories, Enum.GetValues<RiskCategory>().Select(RiskNames.Of));
        var virality = Word(root, ViralityKeys, SecondOpinionWords.Viralities, Enum.GetValues<ViralityLevel>().Select(RiskNames.Of));
        var hate = YesNo(Field(root, HateKeys)!.Value);
        var target = Target(Field(root, TargetKeys));
        var justification = Field(root, JustificationKeys)!.Value is { ValueKind: JsonValueKind.String } j ? j.GetString()!.Trim() : "";
        var score = Score(Field(root, ScoreKeys)!.Value);

        var problem = category.Problem ?? virality.Problem
            ?? (hate is null ? $"has \"hate\" {Quote(Field(root, HateKeys)!.Value.GetRawText())}, not true or false" : null)
            ?? target.Problem
            ?? (justification.Length == 0 ? "has an empty \"justification\"" : null)
            ?? (score is null ? $"has \"score\" {Quote(Field(root, ScoreKeys)!.Value.GetRawText())}, not a number" : null);
        if (problem is not null)
        {
            return SecondOpinionResult.Failed($"The model's answer {problem}.");
        }

        return SecondOpinionResult.Of(new SecondOpinion(
            RiskNames.Of(category.Value),
            RiskNames.Of(virality.Value),
            hate!.Value,
            target.Value is { } t ? RiskNames.Of(t) : null,
            justification.Length > MaxJustificationCharacters ? justification[..MaxJustificationCharacters] + "…" : justification,
            score!.Value,
            model));
    }

    /// <summary>The answer as a moderator may see it in an error: on one line, at most a few words.</summary>
    public static string Quote(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return "“" + (line.Length > QuotedCharacters ? line[..QuotedCharacters] + "…" : line) + "”";
    }

    private static JsonElement? Field(JsonElement root, string[] keys)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        foreach (var property in root.EnumerateObject())
        {
            if (keys.Contains(SecondOpinionWords.Normalize(property.Name).Replace(' ', '_')))
            {
                return property.Value;
            }
        }

        return null;
    }

    private static (T Value, string? Problem) Word<T>(JsonElement root, string[] keys, IReadOnlyDictionary<string, T> words, IEnumerable<string> expected)
        where T : struct
    {
        var value = Field(root, keys)!.Value;
        return value.ValueKind == JsonValueKind.String && words.TryGetValue(SecondOpinionWords.Normalize(value.GetString()!), out var word)
            ? (word, null)
            : (default, $"has an unknown \"{keys[0]}\": {Quote(value.ToString())} (expected {string.Join(", ", expected)})");
    }

    private static (HateTarget? Value, string? Problem) Target(JsonElement? value)
    {
        if (value is not { ValueKind: not JsonValueKind.Null } target)
        {
            return (null, null);
        }

        var word = target.ValueKind == JsonValueKind.String ? SecondOpinionWords.Normalize(target.GetString()!) : null;
        if (word is not null && SecondOpinionWords.NoTarget.Contains(word))
        {
            return (null, null);
        }

        return word is not null && SecondOpinionWords.Targets.TryGetValue(word, out var known)
            ? (known, null)
            : (null, $"has an unknown \"target\": {Quote(target.ToString())} (expected null or {string.Join(", ", Enum.GetValues<HateTarget>().Select(RiskNames.Of))})");
    }

    private static bool? YesNo(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number when value.TryGetDouble(out var n) && n is 0 or 1 => n == 1,
        JsonValueKind.String when SecondOpinionWords.YesNo.TryGetValue(SecondOpinionWords.Normalize(value.GetString()!), out var b) => b,
        _ => null,
    };

    private static float? Score(JsonElement value)
    {
        double? number = value.ValueKind switch
        {
            JsonValueKind.Number => value.GetDouble(),
            JsonValueKind.String when double.TryParse(value.GetString()!.Trim().Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
        return number is { } score && double.IsFinite(score) ? (float)Math.Clamp(score, 0, 1) : null;
    }
}
