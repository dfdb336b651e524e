using System.Globalization;
using Microsoft.AspNetCore.Components;
using SentimentDashboard.Analysis;
using SentimentDashboard.Analysis.Lives;
using SentimentDashboard.Components.Charts;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// One live: its figures, a risk curve and the transcript, newest segment first. New segments arrive as committed
/// posts of the live's monitor on the <see cref="LiveHub"/>; the page reloads from the database at most once a second.
/// Brushing the risk curve zooms the page to that window (from/to in the URL, so a moment can be shared): the curve
/// shows it and the transcript lists what was said in it; a double-click goes back to the whole live.
/// Nothing is played: the page only links to the stream.
/// </summary>
public sealed partial class LiveDetail : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private LiveSummary? live;
    private IReadOnlyList<TranscriptSegment> segments = [];
    private TimeRange? zoom;
    private bool loaded;
    private IDisposable? _batches;
    private IDisposable? _liveEvents;
    private Coalescer? _refresh;
    private QueryChanges? _queryChanges;

    [Parameter]
    public long Id { get; set; }

    /// <summary>Said beside the chart and transcript headings when a long live shows only its newest segments.</summary>
    private string? TruncationNote => LiveQueries.IsTruncated(segments)
        ? string.Create(CultureInfo.InvariantCulture, $"newest {LiveQueries.SegmentLimit:N0} segments")
        : null;

    [Inject]
    private LiveQueries Queries { get; set; } = null!;

    [Inject]
    private LiveHub Hub { get; set; } = null!;

    [Inject]
    private TimeProvider Clock { get; set; } = null!;

    [Inject]
    private NavigationManager Navigation { get; set; } = null!;

    [Inject]
    private ViewerPreferences Viewer { get; set; } = null!;

    /// <summary>The segments of the zoomed window, or all.</summary>
    private IReadOnlyList<TranscriptSegment> Transcript =>
        zoom is { From: { } from } ? segments.Where(s => s.At >= from && (zoom.To is not { } to || s.At < to)).ToArray() : segments;

    /// <summary>Risk and hate of each scored segment, in percent; a point stands for the second it was transcribed in.</summary>
    private TimeSeriesSet RiskCurve
    {
        get
        {
            var scored = segments.Where(s => s.Risk is not null).ToArray();
            return new TimeSeriesSet(
                scored.Select(s => s.At).ToArray(),
                TimeSpan.FromSeconds(1),
                [
                    new TimeSeries("risk", "risk", scored.Select(s => (double?)Math.Round(s.Risk!.Value * 100, 1)).ToArray(), "offensive"),
                    new TimeSeries("hate", "hate", scored.Select(s => (double?)Math.Round((s.Hate ?? 0) * 100, 1)).ToArray(), "hate"),
                ]);
        }
    }

    /// <summary>The zoomed window; else, until two points give the axis a span, the live's first minute (or more).</summary>
    private TimeRange? CurveWindow => zoom ?? (RiskCurve.Times is { Count: < 2 } times && live is { } current
        ? TimeRange.Absolute(current.StartedAt, new[] { current.StartedAt.AddMinutes(1), times.Count > 0 ? times[^1].AddSeconds(10) : default }.Max())
        : null);

    private string ViewKey => $"{Id}{(zoom is null ? "" : new PostFilter { Range = zoom }.ToQueryString())}";

    private DateTimeOffset Now => Clock.GetUtcNow();

    protected override void OnInitialized()
    {
        Viewer.Changed += OnViewerChanged;
        _queryChanges = new QueryChanges(Navigation, () => InvokeAsync(() =>
        {
            ReadZoom();
            StateHasChanged();
        }));
    }

    protected override async Task OnParametersSetAsync()
    {
        ReadZoom();
        _refresh ??= new Coalescer(RefreshInterval, () => InvokeAsync(ReloadAndRenderAsync));
        _batches ??= Hub.Subscribe(OnBatch);
        _liveEvents ??= Hub.SubscribeLives(e =>
        {
            if (e.LiveId == Id)
            {
                _refresh.Trigger();
            }
        });
        await ReloadAsync();
    }

    public void Dispose()
    {
        Viewer.Changed -= OnViewerChanged;
        _queryChanges?.Dispose();
        _batches?.Dispose();
        _liveEvents?.Dispose();
    }

    private void OnBatch(CommittedBatch batch)
    {
        if (live is { } current && batch.Added.Any(post => post.MonitorId == current.MonitorId && post.CreatedAt >= current.StartedAt))
        {
            _refresh?.Trigger();
        }
    }

    private void OnViewerChanged() => _ = InvokeAsync(StateHasChanged);

    private void ReadZoom()
    {
        var range = PostFilter.Parse(new Uri(Navigation.Uri).Query, TimeRange.All).Range;
        zoom = range.Relative is null ? range : null;
    }

    private void OpenMoment(SeriesPoint point)
    {
        if (live is { } current)
        {
            Navigation.NavigateTo(new PostFilter { MonitorId = current.MonitorId, Range = point.Slot }.PostsPath());
        }
    }

    private void Zoom(TimeRange range) => Navigation.NavigateTo($"lives/{Id}{new PostFilter { Range = range }.ToQueryString()}");

    private void ResetZoom()
    {
        if (zoom is not null)
        {
            Navigation.NavigateTo($"lives/{Id}");
        }
    }

    private async Task ReloadAndRenderAsync()
    {
        await ReloadAsync();
        StateHasChanged();
    }

    private async Task ReloadAsync()
    {
        live = await Queries.GetAsync(Id);
        segments = live is null ? [] : await Queries.TranscriptAsync(live);
        loaded = true;
    }
}
