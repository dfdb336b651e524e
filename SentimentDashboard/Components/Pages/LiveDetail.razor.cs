using System.Globalization;
using Microsoft.AspNetCore.Components;
using SentimentDashboard.Analysis.Lives;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// One live: its figures, a risk curve and the transcript, newest segment first. New segments arrive as committed
/// posts of the live's monitor on the <see cref="LiveHub"/>; the page reloads from the database at most once a second.
/// Nothing is played: the page only links to the stream.
/// </summary>
public sealed partial class LiveDetail : IDisposable
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private LiveSummary? live;
    private IReadOnlyList<TranscriptSegment> segments = [];
    private bool loaded;
    private IDisposable? _batches;
    private IDisposable? _liveEvents;
    private Coalescer? _refresh;

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

    private DateTimeOffset Now => Clock.GetUtcNow();

    protected override async Task OnParametersSetAsync()
    {
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

    private static string Percent(float? value) =>
        value is { } v ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "—";
}
