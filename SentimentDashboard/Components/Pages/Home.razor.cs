using System.Globalization;
using Microsoft.AspNetCore.Components;
using SentimentDashboard.Alerts;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Charts;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// The overview: counters and charts of the filtered view, re-queried when the URL changes and, coalesced to at most
/// two refreshes a second, when the live hub reports newly stored posts. A brush on a time chart sets the view's
/// range (absolute, or open-ended when it reaches the live edge); a double-click goes back to the relative range the
/// viewer had before zooming. The prerendered overview is carried into the circuit (<see cref="Prerendered"/>) unless
/// posts were stored in between.
/// </summary>
public sealed partial class Home(
    OverviewLoader loader, AlertQueries alerts, NavigationManager navigation, DashboardRefresh refresh, LiveHub hub, ViewerPreferences viewer) : IDisposable
{
    private PostFilter filter = new();
    private TimeRange zoomBase = TimeRange.LastDay;
    private Overview? overview;
    private AlertSpan? marked;
    private IDisposable? subscription;
    private QueryChanges? queryChanges;

    /// <summary>Set while prerendering, read once when the circuit starts: the charts draw at once and the query is not repeated.</summary>
    [PersistentState]
    public OverviewSnapshot? Prerendered { get; set; }

    private IReadOnlyList<MonitorChoice> Monitors => overview?.Monitors ?? [];

    private IReadOnlyList<KeyCount> MonitorVolumes => overview?.Volumes.Select(v => new KeyCount(v.Name, v.Posts)).ToArray() ?? [];

    private string ViewKey => filter.ToQueryString();

    /// <summary>Whether the view ends now, so live posts land in it.</summary>
    private bool Live => filter.Range.To is null;

    protected override void OnInitialized()
    {
        viewer.Changed += OnViewerChanged;
        subscription = refresh.Subscribe(() => ReloadAsync(LoadAsync));
        queryChanges = new QueryChanges(navigation, () => ReloadAsync(async () =>
        {
            ReadUrl();
            await LoadAsync();
        }));
    }

    protected override async Task OnParametersSetAsync()
    {
        ReadUrl();
        if (Prerendered is { } snapshot && snapshot.Query == ViewKey && snapshot.Stored == hub.TotalAdded)
        {
            (overview, Prerendered) = (snapshot.Overview, null);
            return;
        }

        var stored = hub.TotalAdded;
        await LoadAsync();
        if (!RendererInfo.IsInteractive && new OverviewSnapshot(ViewKey, stored, overview!) is var read && read.FitsCircuitStart())
        {
            Prerendered = read;
        }
    }

    public void Dispose()
    {
        viewer.Changed -= OnViewerChanged;
        subscription?.Dispose();
        queryChanges?.Dispose();
    }

    private void ReadUrl()
    {
        filter = PostFilter.Parse(new Uri(navigation.Uri).Query);
        if (filter.Range.Relative is not null)
        {
            zoomBase = filter.Range;
        }
    }

    private async Task LoadAsync()
    {
        overview = await loader.LoadAsync(filter, OverviewLoader.TopItems);
        marked = filter.MarkAlertId is { } id ? await alerts.SpanAsync(id, CancellationToken.None) : null;
    }

    private string SpanText(AlertSpan span)
    {
        string At(DateTimeOffset time) => $"{viewer.Format(time, "MMM d HH:mm:ss")} {viewer.TimeZoneName}";
        return (span.Posts > 0, span.From == span.To) switch
        {
            (true, true) => $"its posts came at {At(span.From)}",
            (true, false) => $"its posts came between {At(span.From)} and {At(span.To)}",
            (false, true) => $"raised at {At(span.From)}",
            (false, false) => $"raised at {At(span.From)}, last grown at {At(span.To)}",
        };
    }

    private ChartMark? Mark => marked is { } span ? new ChartMark(span.From, span.To) : null;

    private Task ReloadAsync(Func<Task> load) => InvokeAsync(async () =>
    {
        try
        {
            await load();
            StateHasChanged();
        }
        catch (Exception e)
        {
            await DispatchExceptionAsync(e);
        }
    });

    private void OnViewerChanged() => _ = InvokeAsync(StateHasChanged);

    private void Navigate(PostFilter next) => navigation.NavigateTo("/" + next.ToQueryString());

    private void Drill(PostFilter drill) => navigation.NavigateTo(drill.PostsPath());

    private void Zoom(TimeRange range) => Navigate(filter with { Range = range, Bucket = null });

    private void ResetZoom()
    {
        if (filter.Range.Relative is null)
        {
            Navigate(filter with { Range = zoomBase, Bucket = null });
        }
    }

    private void DrillIntoToxicity(SeriesPoint point) =>
        Drill(filter with { Range = point.Slot, HatefulOnly = point.Series == "hate", OffensiveOnly = point.Series == "offensive", Bucket = null });

    private void DrillIntoMonitor(string name)
    {
        if (overview?.Volumes.FirstOrDefault(v => v.Name == name) is { } volume)
        {
            Drill(filter with { MonitorId = volume.MonitorId });
        }
    }

    private string Percent(int part) => overview?.Counters is { Posts: > 0 } c ? (100.0 * part / c.Posts).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    private string? LastSeen => overview?.Counters.Last is { } last ? "latest " + viewer.Format(last, "MMM d HH:mm") : null;
}
