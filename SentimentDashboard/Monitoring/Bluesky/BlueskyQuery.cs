using System.Text.RegularExpressions;
using SentimentDashboard.Text;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// What a Bluesky monitor keeps from the firehose, parsed from its target: words, <c>"quoted phrases"</c> and
/// <c>#tags</c> (a post matches if it contains any of them, ignoring case, as whole words), authors as DIDs
/// (<c>did:plc:…</c>, <c>did:web:…</c>: only their posts) and <c>lang:en,fr</c> (only posts declaring one of these
/// languages). Kinds combine with AND: <c>did:plc:abc climate lang:en</c> is abc's English posts about climate.
/// </summary>
public sealed partial record BlueskyQuery(IReadOnlyList<string> Terms, IReadOnlyList<string> Dids, IReadOnlyList<string> Languages)
{
    public const string Syntax = "expected words, \"a phrase\", #tag or did:plc:… (any of them), and optionally lang:en,fr";

    /// <summary>The canonical form: terms, then authors, then languages.</summary>
    public override string ToString() => string.Join(' ', Terms.Select(Quoted).Concat(Dids).Concat(Languages.Count > 0 ? ["lang:" + string.Join(',', Languages)] : []));

    /// <summary>The same query written in any order: each part sorted.</summary>
    public string Normalized() =>
        new BlueskyQuery([.. Terms.Order(StringComparer.Ordinal)], [.. Dids.Order(StringComparer.Ordinal)], [.. Languages.Order(StringComparer.Ordinal)]).ToString();

    /// <summary>Null when <paramref name="target"/> is a query, else why not.</summary>
    public static string? Problem(string target) => TryParse(target, out _, out var problem) ? null : problem;

    /// <exception cref="ArgumentException">The target is not a query; the message says why.</exception>
    public static BlueskyQuery Parse(string target) =>
        TryParse(target, out var query, out var problem) ? query : throw new ArgumentException(problem);

    public static bool TryParse(string target, out BlueskyQuery query, out string? problem)
    {
        query = new BlueskyQuery([], [], []);
        List<string> terms = [], dids = [], languages = [];
        foreach (Match token in TokenPattern().Matches(target ?? ""))
        {
            if (token.Groups["phrase"].Success)
            {
                var phrase = WhiteSpace().Replace(token.Groups["phrase"].Value.Trim(), " ");
                if (phrase.Length > 0)
                {
                    Add(terms, phrase.ToLowerInvariant());
                }

                continue;
            }

            var word = token.Value;
            problem = word switch
            {
                _ when word.StartsWith("lang:", StringComparison.OrdinalIgnoreCase) => AddLanguages(languages, word[5..]),
                _ when word.StartsWith("did:", StringComparison.OrdinalIgnoreCase) => DidPattern().IsMatch(word) ? Add(dids, word) : $"'{word}' is not a DID (did:plc:… or did:web:…)",
                _ when word.StartsWith('#') => word.Length > 1 && word.Skip(1).All(Hashtags.IsTagCharacter) ? Add(terms, word.ToLowerInvariant()) : $"'{word}' is not a hashtag (letters, digits and _ only)",
                _ when word.StartsWith('@') => $"'{word}': follow an account by its DID (did:plc:…), which a handle change does not break",
                _ when word.Contains(':') => $"'{word}': unknown filter '{word[..word.IndexOf(':')]}:' (lang: and did: are the filters)",
                _ => Add(terms, word.ToLowerInvariant()),
            };
            if (problem is not null)
            {
                problem = $"'{target}' is not a Bluesky query: {problem}; {Syntax}";
                return false;
            }
        }

        if (terms.Count == 0 && dids.Count == 0)
        {
            problem = $"a bluesky monitor needs words, #tags or authors (did:plc:…) to watch; languages only narrow them ({Syntax})";
            return false;
        }

        query = new BlueskyQuery(terms, dids, languages);
        problem = null;
        return true;
    }

    private static string? AddLanguages(List<string> languages, string list)
    {
        foreach (var language in list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var primary = language.Split('-')[0].ToLowerInvariant();
            if (primary.Length is < 2 or > 3 || !primary.All(char.IsAsciiLetterLower))
            {
                return $"'{language}' is not a language code (en, fr, pt-BR…)";
            }

            Add(languages, primary);
        }

        return languages.Count > 0 ? null : "lang: needs at least one language code (lang:en,fr)";
    }

    private static string? Add(List<string> list, string item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }

        return null;
    }

    private static string Quoted(string term) => term.Contains(' ') ? $"\"{term}\"" : term;

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"?|[^\\s\"]+")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex("^did:(plc:[a-z2-7]{24}|web:[A-Za-z0-9.%:-]+)$")]
    private static partial Regex DidPattern();
}
