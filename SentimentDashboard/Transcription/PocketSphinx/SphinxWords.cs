namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>Turns the decoder's segment names into words: fillers out, alternative-pronunciation marks off.</summary>
internal static class SphinxWords
{
    /// <summary>
    /// The word a segment names, or null for a filler: <c>&lt;s&gt;</c>, <c>&lt;/s&gt;</c>, <c>&lt;sil&gt;</c>,
    /// <c>[NOISE]</c>, <c>++GARBAGE++</c>. <c>the(2)</c> (second pronunciation of "the") gives "the".
    /// </summary>
    public static string? Clean(string segment)
    {
        if (segment.Length == 0 || segment[0] is '<' or '[' || segment.StartsWith("++", StringComparison.Ordinal))
        {
            return null;
        }

        var variant = segment.IndexOf('(', StringComparison.Ordinal);
        return variant > 0 && segment[^1] == ')' ? segment[..variant] : segment;
    }
}
