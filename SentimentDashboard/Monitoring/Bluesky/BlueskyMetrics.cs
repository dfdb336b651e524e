using System.Diagnostics.Metrics;

namespace SentimentDashboard.Monitoring.Bluesky;

/// <summary>Counters of the Jetstream feed (meter <see cref="MeterName"/>).</summary>
internal sealed class BlueskyMetrics
{
    public const string MeterName = "SentimentDashboard.Monitoring.Bluesky";

    private readonly Counter<long> events;
    private readonly Counter<long> malformed;
    private readonly Counter<long> posts;
    private readonly Counter<long> disconnections;

    public BlueskyMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        events = meter.CreateCounter<long>("bluesky.events", "{event}", "Jetstream events read, by kind");
        malformed = meter.CreateCounter<long>("bluesky.malformed_frames", "{frame}", "Frames skipped because they could not be read");
        posts = meter.CreateCounter<long>("bluesky.posts", "{post}", "Posts, edits, deletions and checkpoints delivered to the pipeline");
        disconnections = meter.CreateCounter<long>("bluesky.disconnections", "{disconnection}", "Connections lost or refused");
    }

    public void Read(JetstreamEventKind kind) => events.Add(1, new KeyValuePair<string, object?>("kind", kind.ToString()));

    public void Malformed() => malformed.Add(1);

    public void Delivered(PostEventKind kind) => posts.Add(1, new KeyValuePair<string, object?>("event", kind.ToString()));

    public void Failed() => disconnections.Add(1);
}
