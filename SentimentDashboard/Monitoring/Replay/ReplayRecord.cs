namespace SentimentDashboard.Monitoring.Replay;

/// <summary>One line (CSV: record) of a replay file: a post, a problem (malformed), or neither (a blank line). <see cref="Number"/> counts from 1.</summary>
internal readonly record struct ReplayRecord(long Number, RawPost? Post, string? Problem)
{
    public static ReplayRecord Blank(long number) => new(number, null, null);

    public static ReplayRecord Malformed(long number, string problem) => new(number, null, problem);
}
