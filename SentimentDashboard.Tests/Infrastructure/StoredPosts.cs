using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// Posts written straight to a real database with chosen times and scores, for queries and grids whose order must be
/// known in advance (the pipeline's models would choose the scores).
/// </summary>
public static class StoredPosts
{
    public static readonly DateTimeOffset Start = new(2026, 11, 30, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A replay monitor of an empty file: it stores nothing itself.</summary>
    public static async Task<long> MonitorAsync(PipelineHost host, TempDirectory temp, string name = "none.jsonl") =>
        (await host.Registry.AddAsync(MonitorKind.Replay, temp.Write(name, ""))).Monitor!.Id;

    public static async Task AddAsync(PipelineHost host, IEnumerable<PostEntity> posts)
    {
        await using var context = await host.CreateDbContextAsync();
        context.Posts.AddRange(posts);
        await context.SaveChangesAsync();
    }

    /// <summary>An English post <paramref name="minutes"/> after <see cref="Start"/> with the given scores.</summary>
    public static PostEntity Scored(long monitorId, string id, int minutes, float risk, float hate = 0.1f, float offensive = 0.1f, float negative = 0.2f) => new()
    {
        MonitorId = monitorId,
        MonitorKind = MonitorKind.Replay,
        DedupeScope = monitorId,
        SourceId = id,
        CreatedAt = Start.AddMinutes(minutes),
        Author = "@" + id,
        Language = "en",
        Text = $"Post {id}",
        Scored = true,
        Sentiment = negative >= 0.5f ? "negative" : "neutral",
        Negative = negative,
        Neutral = 1 - negative,
        Positive = 0,
        Hate = hate,
        Offensive = offensive,
        Emotion = "sadness",
        Risk = risk,
    };

    /// <summary>A post in a language the models do not know: stored without labels or scores.</summary>
    public static PostEntity Unscored(long monitorId, string id, int minutes) => new()
    {
        MonitorId = monitorId,
        MonitorKind = MonitorKind.Replay,
        DedupeScope = monitorId,
        SourceId = id,
        CreatedAt = Start.AddMinutes(minutes),
        Language = "fi",
        Text = $"Viesti {id}",
    };
}
