using Microsoft.AspNetCore.Components;
using MudBlazor;
using SentimentDashboard.Analysis.Lives;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// Every broadcast of the live monitors, a page at a time. A live starting or ending, or a transcribed segment
/// (a post of a live monitor), reloads the page at most once a second.
/// </summary>
public sealed partial class Lives(LiveQueries queries, LiveHub hub, TimeProvider clock)
{
    private MudDataGrid<LiveSummary>? grid;
    private Func<GridState<LiveSummary>, CancellationToken, Task<GridData<LiveSummary>>> load = null!;

    [CascadingParameter]
    private ViewerPreferences Viewer { get; set; } = default!;

    private TimeProvider Clock => clock;

    protected override void OnInitialized()
    {
        load = async (state, cancellation) => GridPages.Data(await queries.PageAsync(GridPages.Request(state), cancellation));
        var refresh = Coalesced(TimeSpan.FromSeconds(1), () => grid?.ReloadServerData() ?? Task.CompletedTask);
        Keep(hub.SubscribeLives(_ => refresh.Trigger()));
        Keep(hub.Subscribe(batch =>
        {
            if (batch.Added.Any(post => post.MonitorKind == MonitorKind.Live))
            {
                refresh.Trigger();
            }
        }));
    }
}
