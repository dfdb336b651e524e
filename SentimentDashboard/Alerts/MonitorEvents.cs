using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Alerts;

/// <summary>
/// Matches monitor events against the monitor-event rules: a monitor going live or ending a live (the live hub), failing
/// (its status turning to error) or falling silent (running, or live, without a post for the rule's minutes; reported
/// once per silence). Not thread-safe: one instance per evaluator.
/// </summary>
public sealed class MonitorEvents
{
    private readonly Dictionary<long, (MonitorState State, DateTimeOffset Since)> _states = [];
    private readonly Dictionary<long, DateTimeOffset> _lastPost = [];
    private readonly Dictionary<(long RuleId, long MonitorId), DateTimeOffset> _silenceReported = [];

    public IReadOnlyList<AlertHit> OnStatus(IReadOnlyList<AlertRuleEntity> rules, MonitorStatusChange change)
    {
        _states[change.MonitorId] = (change.Status.State, change.Status.ChangedAt);
        return change.Status.State == MonitorState.Error
            ? Hits(rules, MonitorEventKind.Failed, change.MonitorId, change.Status.ChangedAt, change.Status.Message)
            : [];
    }

    public IReadOnlyList<AlertHit> OnLive(IReadOnlyList<AlertRuleEntity> rules, LiveEvent live) => live.Kind switch
    {
        LiveEventKind.Started => Hits(rules, MonitorEventKind.WentLive, live.MonitorId, live.At, live.Title),
        LiveEventKind.Ended => Hits(rules, MonitorEventKind.LiveEnded, live.MonitorId, live.At, live.Title),
        _ => [],
    };

    public void OnPosts(CommittedBatch batch)
    {
        foreach (var post in batch.Added)
        {
            _lastPost[post.MonitorId] = batch.CommittedAt;
        }
    }

    public IReadOnlyList<AlertHit> OnTick(IReadOnlyList<AlertRuleEntity> rules, DateTimeOffset now)
    {
        var hits = new List<AlertHit>();
        foreach (var rule in rules.Where(r => r.Kind == AlertRuleKind.MonitorEvent && r.Events.HasFlag(MonitorEventKind.FellSilent) && r.SilentMinutes > 0))
        {
            foreach (var (monitor, (state, since)) in _states)
            {
                if (state is not (MonitorState.Running or MonitorState.Live) || rule.MonitorId is { } only && only != monitor)
                {
                    continue;
                }

                var active = _lastPost.TryGetValue(monitor, out var last) && last > since ? last : since;
                if (now - active >= TimeSpan.FromMinutes(rule.SilentMinutes)
                    && (!_silenceReported.TryGetValue((rule.Id, monitor), out var reported) || reported < active))
                {
                    _silenceReported[(rule.Id, monitor)] = active;
                    hits.Add(new AlertHit(rule, monitor, [], 1, now, $"No post for {rule.SilentMinutes} min"));
                }
            }
        }

        return hits;
    }

    private static List<AlertHit> Hits(IReadOnlyList<AlertRuleEntity> rules, MonitorEventKind kind, long monitor, DateTimeOffset at, string? detail) =>
        [.. rules.Where(r => r.Kind == AlertRuleKind.MonitorEvent && r.Events.HasFlag(kind) && (r.MonitorId is null || r.MonitorId == monitor))
            .Select(r => new AlertHit(r, monitor, [], 1, at, detail is null ? EventText(kind) : $"{EventText(kind)}: {detail}"))];

    public static string EventText(MonitorEventKind kind) => kind switch
    {
        MonitorEventKind.WentLive => "went live",
        MonitorEventKind.LiveEnded => "live ended",
        MonitorEventKind.Failed => "error",
        _ => "fell silent",
    };
}
