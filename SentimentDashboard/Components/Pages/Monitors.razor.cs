using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// Add, pause, resume and delete monitors, a page of them at a time. A state change reloads the grid (at most twice
/// a second); committed posts only repaint it (once a second), for the posts-per-minute column.
/// </summary>
public sealed partial class Monitors(MonitorRegistry registry, MonitorStatusBoard statusBoard, LiveHub hub)
{
    private MonitorStatusBoard StatusBoard => statusBoard;

    protected override void OnInitialized()
    {
        PagesFrom(registry.PageAsync);
        var reload = Coalesced(TimeSpan.FromMilliseconds(500), ReloadAsync);
        var repaint = Repaint(TimeSpan.FromSeconds(1));
        Keep(statusBoard.Subscribe(_ => reload.Trigger()));
        Keep(hub.Subscribe(_ => repaint.Trigger()));
    }
}
