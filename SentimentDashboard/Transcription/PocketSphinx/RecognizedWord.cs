namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>One word of a decoder's best hypothesis with its time in the segment.</summary>
internal sealed record RecognizedWord(string Text, TimeSpan Start, TimeSpan End);
