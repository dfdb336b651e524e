namespace SentimentDashboard.Text;

/// <summary>Western emoticons mapped to a canonical token, so ":-)" and "=)" count as one feature.</summary>
internal static class Emoticons
{
    // Longest first, so ":-((" is not read as ":-(" followed by "(".
    private static readonly (string Text, string Token)[] Table =
    [
        (":'-(", "<cry>"), (":'(", "<cry>"), ("</3", "<brokenheart>"), ("^_^", "<smile>"), ("-_-", "<annoyed>"),
        (":-)", "<smile>"), (":-D", "<laugh>"), (":-(", "<sad>"), (";-)", "<wink>"), (":-P", "<tongue>"),
        (":-p", "<tongue>"), (":-/", "<skeptic>"), (":-O", "<surprise>"), (":-o", "<surprise>"), (":-*", "<kiss>"),
        (":-|", "<neutralface>"),
        (":)", "<smile>"), ("(:", "<smile>"), (":]", "<smile>"), ("=)", "<smile>"), (":D", "<laugh>"), ("xD", "<laugh>"),
        ("XD", "<laugh>"), (":(", "<sad>"), ("):", "<sad>"), (":[", "<sad>"), ("=(", "<sad>"), (";)", "<wink>"),
        (":P", "<tongue>"), (":p", "<tongue>"), (":/", "<skeptic>"), (":\\", "<skeptic>"), (":O", "<surprise>"),
        (":o", "<surprise>"), (":*", "<kiss>"), (":|", "<neutralface>"), ("<3", "<heart>"), (":3", "<smile>"),
    ];

    /// <summary>Matches an emoticon at the start of <paramref name="text"/> that stands alone (not followed by a letter or digit).</summary>
    public static bool TryMatch(ReadOnlySpan<char> text, out int length, out string token)
    {
        foreach (var (candidate, canonical) in Table)
        {
            if (text.StartsWith(candidate, StringComparison.Ordinal)
                && (text.Length == candidate.Length || !char.IsLetterOrDigit(text[candidate.Length])))
            {
                length = candidate.Length;
                token = canonical;
                return true;
            }
        }

        length = 0;
        token = string.Empty;
        return false;
    }

    public static bool CanStart(char c) => c is ':' or ';' or '=' or '<' or '^' or '-' or 'x' or 'X' or '(' or ')';
}
