namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>An endpoint's answer went past <see cref="AnswerSizeLimit"/>; it was not read further.</summary>
public sealed class AnswerTooLargeException(long maxBytes)
    : IOException($"The endpoint's answer was larger than {maxBytes / 1024:N0} KB; it was not read.")
{
}
