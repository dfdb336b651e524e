using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// Newest posts first, from the live hub's recent buffer and then its batches. Batches arrive on the store's thread;
/// they are queued and rendered at most four times a second, however fast posts come.
/// </summary>
public sealed partial class Live : IDisposable
{
    private const int Shown = 100;
    private static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly LinkedList<LivePost> _posts = new();
    private IDisposable? _subscription;
    private Coalescer? _render;
    private bool paused;
    private int missed;
    private string sentiment = "";
    private bool riskyOnly;

    private IReadOnlyList<LivePost> Visible
    {
        get
        {
            lock (_gate)
            {
                return _posts.Where(Matches).Take(Shown).ToArray();
            }
        }
    }

    protected override void OnInitialized()
    {
        foreach (var post in Hub.Recent())
        {
            _posts.AddFirst(post);
        }

        _render = new Coalescer(RenderInterval, () => InvokeAsync(StateHasChanged));
        _subscription = Hub.Subscribe(OnBatch);
    }

    public void Dispose() => _subscription?.Dispose();

    private bool Matches(LivePost post) =>
        (sentiment.Length == 0 || (sentiment == "unscored" ? post.Scores is null : post.Scores?.Sentiment == sentiment))
        && (!riskyOnly || post.Scores?.Risk >= 0.5f);

    private void OnBatch(CommittedBatch batch)
    {
        lock (_gate)
        {
            if (paused)
            {
                missed += batch.Added.Count;
                return;
            }

            foreach (var post in batch.Added)
            {
                _posts.AddFirst(post);
            }

            while (_posts.Count > 10 * Shown)
            {
                _posts.RemoveLast();
            }
        }

        _render?.Trigger();
    }

    private void TogglePause()
    {
        lock (_gate)
        {
            paused = !paused;
            if (!paused)
            {
                // Catch up from the hub's buffer: what arrived while paused is there, newest last.
                _posts.Clear();
                foreach (var post in Hub.Recent())
                {
                    _posts.AddFirst(post);
                }

                missed = 0;
            }
        }
    }
}
