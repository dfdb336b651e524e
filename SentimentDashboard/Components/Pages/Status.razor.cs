using Microsoft.AspNetCore.Components;
using SentimentDashboard.Alerts;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Review;
using SentimentDashboard.Transcription;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// The health of the app: monitors (reloaded when a state changes), the pipeline's stages and the workers beside it
/// (read again when a batch is stored, at most once a second) and the transcription engine.
/// </summary>
public sealed partial class Status(MonitorRegistry registry, MonitorStatusBoard statusBoard, PipelineMetrics metrics, LiveHub hub,
    AlertEvaluator alerts, ReviewQueueFeeder review, TranscriberProvider transcribers, TimeProvider clock)
{
    private IReadOnlyList<MonitorInfo> monitors = [];
    private IReadOnlyList<StageSnapshot> stages = [];
    private IReadOnlyList<SideWorkerSnapshot> sideWorkers = [];
    private DateTimeOffset loadedAt;

    [CascadingParameter]
    private ViewerPreferences Viewer { get; set; } = default!;

    private MonitorStatusBoard StatusBoard => statusBoard;

    private LiveHub Hub => hub;

    private TranscriberProvider Transcribers => transcribers;

    protected override async Task OnInitializedAsync()
    {
        var reload = Coalesced(TimeSpan.FromMilliseconds(500), LoadAsync);
        var snapshot = Coalesced(TimeSpan.FromSeconds(1), () =>
        {
            Snapshot();
            StateHasChanged();
            return Task.CompletedTask;
        });
        Keep(statusBoard.Subscribe(_ => reload.Trigger()));
        Keep(hub.Subscribe(_ => snapshot.Trigger()));
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        monitors = await registry.ListAsync();
        Snapshot();
        StateHasChanged();
    }

    private void Snapshot() => (stages, sideWorkers, loadedAt) = (metrics.Snapshot(), [alerts.Snapshot(), review.Snapshot()], clock.GetUtcNow());
}
