using System.Text;
using SentimentDashboard.Text;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>
/// A <see cref="BlueskyQuery"/> made ready to test hundreds of events a second: the cheap tests first (author, then
/// declared languages), the text search last, nothing allocated.
/// </summary>
internal sealed class JetstreamFilter
{
    private readonly string[] terms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> dids;
    private readonly bool anyAuthor;
    private readonly byte[][] languages;

    public JetstreamFilter(BlueskyQuery query)
    {
        Query = query;
        terms = [.. query.Terms];
        dids = new HashSet<string>(query.Dids, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        anyAuthor = query.Dids.Count == 0;
        languages = [.. query.Languages.Select(Encoding.ASCII.GetBytes)];
    }

    public BlueskyQuery Query { get; }

    /// <summary>A new or edited post that the query keeps.</summary>
    public bool Matches(in JetstreamEvent post) =>
        post.IsPostWrite && IsWatchedAuthor(post.Did) && HasLanguage(post.Langs) && HasTerm(post.Text);

    /// <summary>The author is one the query follows (any author when it names none).</summary>
    public bool IsWatchedAuthor(ReadOnlySpan<byte> did)
    {
        if (anyAuthor)
        {
            return true;
        }

        if (did.Length > 256)
        {
            return false;
        }

        Span<char> chars = stackalloc char[did.Length];
        return Encoding.UTF8.TryGetChars(did, chars, out var length) && dids.Contains(chars[..length]);
    }

    private bool HasLanguage(ReadOnlySpan<byte> langs)
    {
        if (languages.Length == 0)
        {
            return true;
        }

        foreach (var declared in new JetstreamEvent.LanguageList(langs))
        {
            var dash = declared.IndexOf((byte)'-');
            var primary = dash < 0 ? declared : declared[..dash];
            foreach (var wanted in languages)
            {
                if (Ascii.EqualsIgnoreCase(primary, wanted))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool HasTerm(ReadOnlySpan<char> text)
    {
        if (terms.Length == 0)
        {
            return true;
        }

        foreach (var term in terms)
        {
            if (ContainsWord(text, term))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <paramref name="term"/> in <paramref name="text"/>, ignoring case, not inside a longer word: "art" is not found
    /// in "party", "#news" not in "#newsletter".
    /// </summary>
    internal static bool ContainsWord(ReadOnlySpan<char> text, string term)
    {
        var from = 0;
        while (from <= text.Length - term.Length)
        {
            var found = text[from..].IndexOf(term, StringComparison.OrdinalIgnoreCase);
            if (found < 0)
            {
                return false;
            }

            var start = from + found;
            var end = start + term.Length;
            var startsWord = start == 0 || !IsWordCharacter(term[0]) || !IsWordCharacter(text[start - 1]);
            var endsWord = end == text.Length || !IsWordCharacter(term[^1]) || !IsWordCharacter(text[end]);
            if (startsWord && endsWord)
            {
                return true;
            }

            from = start + 1;
        }

        return false;
    }

    private static bool IsWordCharacter(char c) => Hashtags.IsTagCharacter(c);
}
