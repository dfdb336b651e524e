using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Tests.Transcription.Whisper;

public sealed class RepetitionFilterTests
{
    [Theory]
    [InlineData("Thank you. Thank you. Thank you.", "Thank you.")]
    [InlineData("the the the the cat", "the cat")]
    [InlineData("I said no, no, no, NO. Fine.", "I said no, Fine.")]
    [InlineData("and then a b c a b c a b c it ended", "and then a b c it ended")]
    [InlineData("very, very good", "very, very good")]
    [InlineData("Thank you. Thank you.", "Thank you. Thank you.")]
    [InlineData("  spaced   out  ", "spaced out")]
    [InlineData("", "")]
    public void CollapseLoops_Keeps_One_Copy_Of_Three_Or_More(string text, string expected) =>
        Assert.Equal(expected, RepetitionFilter.CollapseLoops(text));

    [Fact]
    public void Apply_Drops_A_Piece_That_Repeats_The_Previous_One()
    {
        TranscriptPiece[] pieces = [Piece(0, 2, " Thank you."), Piece(2, 4, " thank you"), Piece(4, 6, " We choose to go."), Piece(6, 8, " Thank you.")];

        var kept = RepetitionFilter.Apply(pieces);

        Assert.Equal([Piece(0, 2, "Thank you."), Piece(4, 6, "We choose to go."), Piece(6, 8, "Thank you.")], kept);
    }

    [Fact]
    public void Apply_Drops_Pieces_Without_Words_And_Collapses_Loops_Inside_Pieces()
    {
        TranscriptPiece[] pieces = [Piece(0, 1, " ... "), Piece(1, 5, " Go. Go. Go. Go. Go.")];

        Assert.Equal([Piece(1, 5, "Go.")], RepetitionFilter.Apply(pieces));
    }

    private static TranscriptPiece Piece(int start, int end, string text) => new(TimeSpan.FromSeconds(start), TimeSpan.FromSeconds(end), text);
}
