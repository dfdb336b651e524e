using Microsoft.AspNetCore.Components;
using MudBlazor;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Components.Shared;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// Add, pause, resume and delete monitors, a page of them at a time. A state change reloads the grid (at most twice
/// a second); committed posts only repaint it (once a second), for the posts-per-minute column.
/// </summary>
public sealed partial class Monitors(MonitorRegistry registry, MonitorStatusBoard statusBoard, LiveHub hub)
{
    private MudDataGrid<MonitorInfo>? grid;
    private Func<GridState<MonitorInfo>, CancellationToken, Task<GridData<MonitorInfo>>> load = null!;

    [CascadingParameter]
    private ViewerPreferences Viewer { get; set; } = default!;

    private MonitorStatusBoard StatusBoard => statusBoard;

    protected override void OnInitialized()
    {
        load = async (state, cancellation) => GridPages.Data(await registry.PageAsync(GridPages.Request(state), cancellation));
        var reload = Coalesced(TimeSpan.FromMilliseconds(500), ReloadAsync);
        var repaint = Repaint(TimeSpan.FromSeconds(1));
        Keep(statusBoard.Subscribe(_ => reload.Trigger()));
        Keep(hub.Subscribe(_ => repaint.Trigger()));
    }

    private Task ReloadAsync() => grid?.ReloadServerData() ?? Task.CompletedTask;
}
