using System.Diagnostics;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Dashboard;

namespace SentimentDashboard.Cli;

/// <summary>
/// An open overview page without the browser: it reloads the whole overview on every <see cref="DashboardRefresh"/>,
/// as the page does, and notes when each reload finished and how many posts it showed. From that and the replay's
/// schedule comes the delay from a post entering the pipeline to an open overview showing it.
/// </summary>
internal sealed class OverviewProbe : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<(double Seconds, int Posts)> _reloads = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly IDisposable _subscription;
    private TaskCompletionSource _reloaded = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public OverviewProbe(DashboardRefresh refresh, OverviewLoader loader) =>
        _subscription = refresh.Subscribe(async () =>
        {
            var overview = await loader.LoadAsync(new PostFilter { Range = TimeRange.All }, OverviewLoader.TopItems);
            TaskCompletionSource reloaded;
            lock (_gate)
            {
                _reloads.Add((_clock.Elapsed.TotalSeconds, overview.Counters.Posts));
                reloaded = _reloaded;
                _reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            reloaded.SetResult();
        });

    /// <summary>Restarts the clock: post k is due <c>k / rate</c> seconds after this.</summary>
    public void Start() => _clock.Restart();

    /// <summary>Waits until a reload has shown <paramref name="posts"/> posts: the last ones' delays count too.</summary>
    public async Task WaitForAsync(long posts, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (_gate)
            {
                if (_reloads.Count > 0 && _reloads[^1].Posts >= posts)
                {
                    return;
                }

                next = _reloaded.Task;
            }

            await next.WaitAsync(cancellation.Token);
        }
    }

    /// <summary>The 95th percentile, in milliseconds, of "first reload showing post k" minus "post k due", for a replay at <paramref name="rate"/> posts/s.</summary>
    public double P95Milliseconds(double rate)
    {
        var delays = new List<double>();
        lock (_gate)
        {
            var shown = 0;
            foreach (var (seconds, posts) in _reloads)
            {
                for (; shown < posts; shown++)
                {
                    delays.Add((seconds - (shown / rate)) * 1000);
                }
            }
        }

        delays.Sort();
        return delays.Count == 0 ? double.NaN : delays[(int)Math.Ceiling(0.95 * delays.Count) - 1];
    }

    public void Dispose() => _subscription.Dispose();
}
