using Microsoft.AspNetCore.Components;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// Newest posts first, from the live hub's recent buffer and then its batches. Batches arrive on the store's thread;
/// they are queued and rendered at most four times a second, however fast posts come.
/// </summary>
public sealed partial class Live(LiveHub hub, DashboardQueries queries)
{
    private const int Shown = 100;
    private const string All = "all";
    private static readonly TimeSpan RenderInterval = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly LinkedList<LivePost> _posts = new();
    private Dictionary<long, string> monitors = [];
    private volatile bool unknownMonitor;
    private bool paused;
    private int missed;
    private string sentiment = All;
    private bool riskyOnly;

    private int Buffered
    {
        get
        {
            lock (_gate)
            {
                return _posts.Count;
            }
        }
    }

    private IReadOnlyList<PostRow> Visible
    {
        get
        {
            lock (_gate)
            {
                return [.. _posts.Where(Matches).Take(Shown).Select(post => LiveRows.From(post, monitors.GetValueOrDefault(post.MonitorId)))];
            }
        }
    }

    [CascadingParameter]
    private ViewerPreferences? Viewer { get; set; }

    private string StatusText => (paused
        ? $"Paused: {Display.Count(missed)} new posts wait"
        : $"Live: the newest {Display.Count(Math.Min(Shown, Buffered))} of {Display.Count(Buffered)} recent posts")
        + $" · times in {Viewer?.TimeZoneName ?? "UTC"}";

    protected override async Task OnInitializedAsync()
    {
        foreach (var post in hub.Recent())
        {
            _posts.AddFirst(post);
        }

        var render = Coalesced(RenderInterval, async () =>
        {
            if (unknownMonitor)
            {
                unknownMonitor = false;
                await LoadMonitorsAsync();
            }

            StateHasChanged();
        });
        Keep(hub.Subscribe(batch => OnBatch(batch, render)));
        await LoadMonitorsAsync();
    }

    private async Task LoadMonitorsAsync() => monitors = (await queries.MonitorChoicesAsync()).ToDictionary(m => m.Id, m => m.Name);

    private static string AuthorHref(string author) => new PostFilter { Range = TimeRange.All, Author = author }.PostsPath();

    private bool Matches(LivePost post) =>
        (sentiment == All || (sentiment == "unscored" ? post.Scores is null : post.Scores?.Sentiment == sentiment))
        && (!riskyOnly || Display.IsHigh(post.Scores?.Risk));

    private void OnBatch(CommittedBatch batch, Dashboard.Coalescer render)
    {
        lock (_gate)
        {
            if (paused)
            {
                // The list stays as it is; only the count of what waits changes.
                missed += batch.Added.Count;
            }
            else
            {
                foreach (var post in batch.Added)
                {
                    _posts.AddFirst(post);
                    unknownMonitor |= !monitors.ContainsKey(post.MonitorId);
                }

                while (_posts.Count > 10 * Shown)
                {
                    _posts.RemoveLast();
                }
            }
        }

        render.Trigger();
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
                foreach (var post in hub.Recent())
                {
                    _posts.AddFirst(post);
                }

                missed = 0;
            }
        }
    }
}
