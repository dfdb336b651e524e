namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>Groups timed words into transcript pieces, one per phrase: a new piece after a pause or a full piece.</summary>
internal static class WordGrouper
{
    public static readonly TimeSpan Pause = TimeSpan.FromSeconds(0.5);

    public const int MaxWords = 10;

    public static Transcript Group(IReadOnlyList<RecognizedWord> words)
    {
        var pieces = new List<TranscriptPiece>();
        var start = 0;
        for (var i = 1; i <= words.Count; i++)
        {
            if (i == words.Count || i - start == MaxWords || words[i].Start - words[i - 1].End > Pause)
            {
                var text = string.Join(' ', words.Skip(start).Take(i - start).Select(word => word.Text));
                pieces.Add(new TranscriptPiece(words[start].Start, words[i - 1].End, text));
                start = i;
            }
        }

        return pieces.Count == 0 ? Transcript.Empty : new Transcript(pieces);
    }
}
