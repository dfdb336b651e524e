namespace SentimentDashboard.Transcription.Whisper;

/// <summary>
/// Removes the loops Whisper falls into on silence and noise ("Thank you. Thank you. Thank you."): a piece that repeats
/// the previous one is dropped, and inside a piece a run of <see cref="MinRepeats"/> or more copies of the same words
/// is collapsed to one copy. Words compare without case and punctuation; two copies are left alone ("very, very").
/// </summary>
public static class RepetitionFilter
{
    public const int MinRepeats = 3;

    public static IReadOnlyList<TranscriptPiece> Apply(IEnumerable<TranscriptPiece> pieces)
    {
        var kept = new List<TranscriptPiece>();
        string? previous = null;
        foreach (var piece in pieces)
        {
            var text = CollapseLoops(piece.Text);
            var key = string.Join(' ', Words(text).Select(Normalize));
            if (key.Length == 0 || key == previous)
            {
                continue;
            }

            kept.Add(piece with { Text = text });
            previous = key;
        }

        return kept;
    }

    /// <summary>The text with every run of three or more consecutive copies of a word sequence reduced to its first copy.</summary>
    public static string CollapseLoops(string text)
    {
        var words = Words(text);
        var keys = words.Select(Normalize).ToArray();
        var result = new List<string>(words.Length);
        var i = 0;
        while (i < words.Length)
        {
            var (length, copies) = LoopAt(keys, i);
            result.AddRange(words.AsSpan(i, length));
            i += length * copies;
        }

        return string.Join(' ', result);
    }

    /// <summary>The shortest word sequence starting at <paramref name="start"/> that repeats at least <see cref="MinRepeats"/> times, else one word once.</summary>
    private static (int Length, int Copies) LoopAt(string[] keys, int start)
    {
        for (var length = 1; start + (length * MinRepeats) <= keys.Length; length++)
        {
            var copies = 1;
            while (start + ((copies + 1) * length) <= keys.Length && SameWords(keys, start, start + (copies * length), length))
            {
                copies++;
            }

            if (copies >= MinRepeats)
            {
                return (length, copies);
            }
        }

        return (1, 1);
    }

    private static bool SameWords(string[] keys, int first, int second, int length) =>
        keys.AsSpan(first, length).SequenceEqual(keys.AsSpan(second, length));

    private static string[] Words(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);

    private static string Normalize(string word) =>
        new string(word.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
}
