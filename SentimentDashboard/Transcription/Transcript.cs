namespace SentimentDashboard.Transcription;

/// <summary>What was said in a segment, as timed pieces (times relative to the segment's start); empty for silence.</summary>
public sealed record Transcript(IReadOnlyList<TranscriptPiece> Pieces)
{
    public static Transcript Empty { get; } = new([]);

    public string Text => string.Join(' ', Pieces.Select(piece => piece.Text.Trim()).Where(text => text.Length > 0));
}
