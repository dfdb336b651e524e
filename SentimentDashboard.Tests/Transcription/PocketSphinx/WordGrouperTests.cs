using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.PocketSphinx;

namespace SentimentDashboard.Tests.Transcription.PocketSphinx;

public sealed class WordGrouperTests
{
    [Fact]
    public void Group_No_Words_Gives_The_Empty_Transcript()
    {
        Assert.Same(Transcript.Empty, WordGrouper.Group([]));
    }

    [Fact]
    public void Group_Starts_A_Piece_After_A_Pause_Longer_Than_Half_A_Second()
    {
        var transcript = WordGrouper.Group([Word("ask", 0.0, 0.3), Word("not", 0.5, 0.9), Word("what", 1.5, 1.8), Word("you", 2.3, 2.5)]);

        Assert.Equal(
            [new TranscriptPiece(Seconds(0.0), Seconds(0.9), "ask not"), new TranscriptPiece(Seconds(1.5), Seconds(2.5), "what you")],
            transcript.Pieces);
        Assert.Equal("ask not what you", transcript.Text);
    }

    [Fact]
    public void Group_Starts_A_Piece_After_Ten_Words_Without_A_Pause()
    {
        var words = Enumerable.Range(0, 23).Select(i => Word($"w{i}", i * 0.2, (i * 0.2) + 0.2)).ToList();

        var pieces = WordGrouper.Group(words).Pieces;

        Assert.Equal([10, 10, 3], pieces.Select(piece => piece.Text.Split(' ').Length));
        Assert.Equal(Seconds(2.0), pieces[1].Start);
        Assert.Equal(Seconds(4.6), pieces[2].End);
    }

    private static RecognizedWord Word(string text, double start, double end) => new(text, Seconds(start), Seconds(end));

    private static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);
}
