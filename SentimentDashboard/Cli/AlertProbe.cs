using System.Diagnostics;
using System.Globalization;
using SentimentDashboard.Alerts;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Cli;

/// <summary>
/// An open dashboard's snackbar without the browser: notes when each committed batch's high-risk posts were due in the
/// paced replay (post <c>bench-k</c> at <c>k / rate</c> seconds) and when the default "High risk" rule's notice for that
/// batch reached the pages. From both comes the delay from a post entering the pipeline to its alert on screen.
/// </summary>
internal sealed class AlertProbe : IDisposable
{
    private static readonly AlertRuleEntity Rule = DefaultAlertRules.All.Single(r => r.Kind == AlertRuleKind.Risk);

    private readonly Lock _gate = new();
    private readonly Dictionary<DateTimeOffset, List<double>> _dueByBatch = [];
    private readonly List<double> _delays = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly IDisposable _batches;
    private readonly IDisposable _notices;
    private readonly double _rate;

    public AlertProbe(LiveHub hub, AlertNotices notices, double rate)
    {
        _rate = rate;
        _batches = hub.Subscribe(OnBatch);
        _notices = notices.Subscribe(OnNotice);
    }

    /// <summary>Restarts the clock with the replay.</summary>
    public void Start() => _clock.Restart();

    /// <summary>Waits (up to <paramref name="timeout"/>) until every batch with a high-risk post has had its notice: the last ones' delays count too.</summary>
    public async Task DrainAsync(TimeSpan timeout)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < timeout)
        {
            lock (_gate)
            {
                if (_dueByBatch.Count == 0)
                {
                    return;
                }
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The 95th percentile, in milliseconds, of "alert notice" minus "post due"; NaN when no post met the rule.</summary>
    public double P95Milliseconds()
    {
        lock (_gate)
        {
            var delays = _delays.Order().ToList();
            return delays.Count == 0 ? double.NaN : delays[(int)Math.Ceiling(0.95 * delays.Count) - 1];
        }
    }

    public void Dispose()
    {
        _batches.Dispose();
        _notices.Dispose();
    }

    private void OnBatch(CommittedBatch batch)
    {
        var due = batch.Added
            .Where(p => p.Scores?.Risk >= (float)Rule.Threshold && p.SourceId.StartsWith("bench-", StringComparison.Ordinal))
            .Select(p => long.Parse(p.SourceId.AsSpan(6), CultureInfo.InvariantCulture) / _rate)
            .ToList();
        if (due.Count > 0)
        {
            lock (_gate)
            {
                _dueByBatch[batch.CommittedAt] = due;
            }
        }
    }

    /// <summary>The first notice of the rule for a batch is when its posts' alert showed.</summary>
    private void OnNotice(AlertNotice notice)
    {
        var now = _clock.Elapsed.TotalSeconds;
        lock (_gate)
        {
            if (notice.RuleId == Rule.Id && _dueByBatch.Remove(notice.At, out var due))
            {
                _delays.AddRange(due.Select(d => (now - d) * 1000));
            }
        }
    }
}
