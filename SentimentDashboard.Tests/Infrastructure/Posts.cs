using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Raw posts and replay files for pipeline tests.</summary>
public static class Posts
{
    public static RawPost Raw(long monitorId, string sourceId, string text = "What a lovely sunny day with friends", PostEventKind kind = PostEventKind.Created) => new()
    {
        MonitorId = monitorId,
        SourceId = sourceId,
        Text = text,
        CreatedAt = DateTimeOffset.UnixEpoch.AddYears(56),
        Event = kind,
        Cursor = sourceId,
    };

    /// <summary>A JSON Lines replay of <paramref name="count"/> English posts with ids <c>p1..pN</c>.</summary>
    public static string JsonLines(TempDirectory temp, string name, int count) =>
        temp.Write(name, string.Concat(Enumerable.Range(1, count).Select(i => $"{{\"id\":\"p{i}\",\"text\":\"Post number {i}: I really enjoyed the concert tonight #music\"}}\n")));
}
