using SentimentDashboard.Analysis.Lives;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// Every broadcast of the live monitors, a page at a time. A live starting or ending, or a transcribed segment
/// (a post of a live monitor), reloads the page at most once a second.
/// </summary>
public sealed partial class Lives(LiveQueries queries, LiveHub hub, TimeProvider clock)
{
    private TimeProvider Clock => clock;

    protected override void OnInitialized()
    {
        PagesFrom(queries.PageAsync);
        var refresh = Coalesced(TimeSpan.FromSeconds(1), ReloadAsync);
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
