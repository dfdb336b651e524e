using SentimentDashboard.Analysis;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Alerts;

/// <summary>
/// Matches committed posts against the post rules (risk, hate, watch list, spike), keeping each spike rule's series
/// between batches. One instance per evaluator: it is not thread-safe. Rules are given with each batch, so an edited
/// rule applies at once; a spike rule edited (or replaced) starts a new baseline.
/// </summary>
public sealed class PostRules
{
    private readonly Dictionary<(long RuleId, long? MonitorId), (DateTimeOffset Version, SpikeSeries Series)> _spikes = [];
    private readonly Dictionary<long, (DateTimeOffset Version, WatchList List)> _watchLists = [];
    private readonly TermExtractor _terms = new();

    /// <summary>Thresholds compare in single precision, as scores are stored, so a rule at 0.7 takes a score of 0.7.</summary>
    public IReadOnlyList<AlertHit> Evaluate(IReadOnlyList<AlertRuleEntity> rules, CommittedBatch batch)
    {
        var hits = new List<AlertHit>();
        foreach (var rule in rules)
        {
            var posts = rule.MonitorId is { } monitor ? batch.Added.Where(p => p.MonitorId == monitor).ToList() : batch.Added;
            switch (rule.Kind)
            {
                case AlertRuleKind.Risk:
                    AddPerMonitor(hits, rule, posts.Where(p => p.Scores?.Risk >= (float)rule.Threshold), batch.CommittedAt, detail: null);
                    break;
                case AlertRuleKind.Hate:
                    AddPerMonitor(hits, rule, posts.Where(p => p.Scores?.Hate >= (float)rule.Threshold), batch.CommittedAt, detail: null);
                    break;
                case AlertRuleKind.WatchList:
                    AddWatchList(hits, rule, posts, batch.CommittedAt);
                    break;
                case AlertRuleKind.Spike:
                    AddSpike(hits, rule, posts, batch.CommittedAt);
                    break;
            }
        }

        return hits;
    }

    private static void AddPerMonitor(List<AlertHit> hits, AlertRuleEntity rule, IEnumerable<LivePost> matches, DateTimeOffset at, string? detail)
    {
        foreach (var monitor in matches.GroupBy(p => p.MonitorId))
        {
            hits.Add(new AlertHit(rule, monitor.Key, [.. monitor.Select(p => p.Id)], 0, at, detail));
        }
    }

    private void AddWatchList(List<AlertHit> hits, AlertRuleEntity rule, IReadOnlyList<LivePost> posts, DateTimeOffset at)
    {
        if (!_watchLists.TryGetValue(rule.Id, out var cached) || cached.Version != rule.UpdatedAt)
        {
            cached = (rule.UpdatedAt, new WatchList(rule.Terms));
            _watchLists[rule.Id] = cached;
        }

        foreach (var monitor in posts.GroupBy(p => p.MonitorId))
        {
            var matched = monitor.Select(p => (Post: p, Terms: cached.List.Matches(p.Text))).Where(m => m.Terms.Count > 0).ToList();
            if (matched.Count > 0)
            {
                var terms = string.Join(", ", matched.SelectMany(m => m.Terms).Distinct(StringComparer.Ordinal));
                hits.Add(new AlertHit(rule, monitor.Key, [.. matched.Select(m => m.Post.Id)], 0, at, $"Terms: {terms}"));
            }
        }
    }

    private void AddSpike(List<AlertHit> hits, AlertRuleEntity rule, IReadOnlyList<LivePost> posts, DateTimeOffset at)
    {
        var key = (rule.Id, rule.MonitorId);
        if (!_spikes.TryGetValue(key, out var series) || series.Version != rule.UpdatedAt)
        {
            series = (rule.UpdatedAt, new SpikeSeries(rule));
            _spikes[key] = series;
        }

        var counted = posts.Where(p => Counts(rule.Signal, p.Scores)).Select(p => (p.Id, p.Text)).ToList();
        var (reported, top) = series.Series.Add(at.ToUnixTimeSeconds() / 60, counted, _terms);
        if (reported.Count > 0)
        {
            hits.Add(new AlertHit(rule, rule.MonitorId, reported, 0, at, top.Length > 0 ? $"Top terms: {top}" : null));
        }
    }

    private static bool Counts(SpikeSignal signal, PostScores? scores) => scores is not null && signal switch
    {
        SpikeSignal.Hateful => scores.Hate >= 0.5f,
        _ => scores.Sentiment == "negative",
    };
}
