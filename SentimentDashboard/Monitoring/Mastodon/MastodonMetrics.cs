using System.Diagnostics.Metrics;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>Counters of the Mastodon sources (meter <see cref="MeterName"/>).</summary>
internal sealed class MastodonMetrics
{
    public const string MeterName = "SentimentDashboard.Monitoring.Mastodon";

    private readonly Counter<long> posts;
    private readonly Counter<long> failures;

    public MastodonMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        posts = meter.CreateCounter<long>("mastodon.posts", "{post}", "Posts, edits and deletions delivered to the pipeline");
        failures = meter.CreateCounter<long>("mastodon.failures", "{failure}", "Failed requests and skipped responses, by kind");
    }

    public void Delivered(PostEventKind kind) => posts.Add(1, new KeyValuePair<string, object?>("event", kind.ToString()));

    public void Failed(string kind) => failures.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
