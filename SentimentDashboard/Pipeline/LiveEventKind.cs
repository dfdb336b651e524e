namespace SentimentDashboard.Pipeline;

public enum LiveEventKind
{
    Started,
    Updated,
    Ended,
}
