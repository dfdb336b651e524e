using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Alerts;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Charts;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;
using Home = SentimentDashboard.Components.Pages.Home;

namespace SentimentDashboard.Tests.Components.Pages;

/// <summary>
/// The overview on a real database (three negative posts at 08:10 UTC, two positive at 09:20), seen from Paris: what its
/// charts' clicks, brushes and resets (as the browser reports them, in Paris time) make of the URL.
/// </summary>
public sealed class HomeTests : ComponentTestContext, IAsyncLifetime
{
    private const string View = "/?from=2026-12-06T08:00:00Z&to=2026-12-06T11:00:00Z&bucket=hour";
    private static readonly DateTimeOffset Eight = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory temp = new();
    private PipelineHost host = null!;
    private IRenderedComponent<Home> page = null!;

    private NavigationManager Navigation => Services.GetRequiredService<NavigationManager>();

    private PostFilter Url => PostFilter.Parse(new Uri(Navigation.Uri).Query);

    public new async Task InitializeAsync()
    {
        host = await PipelineHost.StartAsync(Path.Combine(temp.Path, "app.db"));
        var monitor = (await host.Registry.AddAsync(MonitorKind.Replay, temp.Write("none.jsonl", ""))).Monitor!.Id;
        RawPost[] posts =
        [
            .. Enumerable.Range(1, 3).Select(i => Posts.Raw(monitor, $"neg-{i}", "This is the worst service ever, I hate it so much") with { CreatedAt = Eight.AddMinutes(10) }),
            .. Enumerable.Range(1, 2).Select(i => Posts.Raw(monitor, $"pos-{i}", "What a wonderful, happy day, I love this so much!") with { CreatedAt = Eight.AddMinutes(80) }),
        ];
        foreach (var post in posts)
        {
            await host.Input.Writer.WriteAsync(post);
        }

        await host.WaitForStoredAsync(posts.Length);
        Services.AddSingleton(host.Get<IDbContextFactory<DashboardDbContext>>());
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(host.Hub);
        Services.AddSingleton<DashboardQueries>();
        Services.AddSingleton<OverviewCounts>();
        Services.AddSingleton<RecentSample>();
        Services.AddSingleton<OverviewLoader>();
        Services.AddSingleton<DashboardRefresh>();
        Services.AddSingleton(host.Get<AlertQueries>());
        JSInterop.SetupModule("./_content/Plotly.Blazor/plotly-interop-7.2.0.js");
        JSInterop.SetupModule("./js/charts.js").Setup<bool>("attach", _ => true).SetResult(true);
        Renderer.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        Preferences.Load(null, "Europe/Paris");
        Navigation.NavigateTo(View);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await host.DisposeAsync();
        temp.Dispose();
    }

    [Fact]
    public async Task SegmentClick_AtParisTime_OpensThatUtcHoursPostsOfThatLabel()
    {
        var timeline = RenderOverview();

        await timeline.InvokeAsync(() => timeline.Instance.Clicked(0, 0, "2026-12-06 09:00"));

        Assert.EndsWith("/posts", new Uri(Navigation.Uri).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(new PostFilter { Range = TimeRange.Absolute(Eight, Eight.AddHours(1)), Sentiment = "negative" }, Url);
    }

    [Fact]
    public async Task ToxicityPointClick_OnTheOffensiveLine_OpensThatHoursOffensivePosts()
    {
        RenderOverview();
        var toxicity = page.FindComponents<TimeChart>()[1].FindComponent<ChartHost>();

        await toxicity.InvokeAsync(() => toxicity.Instance.Clicked(1, 0, "2026-12-06 09:00"));

        Assert.Equal(new PostFilter { Range = TimeRange.Absolute(Eight, Eight.AddHours(1)), OffensiveOnly = true }, Url);
    }

    [Fact]
    public async Task Brush_InParisTime_SetsTheUtcRange_AndRequeriesTheView_ThenReset_GoesBackToTheDay()
    {
        var timeline = RenderOverview();

        await timeline.InvokeAsync(() => timeline.Instance.Zoomed("2026-12-06 09:00", "2026-12-06 10:15"));

        Assert.Equal(new PostFilter { Range = TimeRange.Absolute(Eight, Eight.AddMinutes(75)) }, Url);
        page.WaitForAssertion(() => Assert.Equal("3", page.Find(".counter-card[data-counter=posts] .counter-value").TextContent));

        await timeline.InvokeAsync(() => timeline.Instance.ZoomReset());

        Assert.Equal(new PostFilter { Range = TimeRange.LastDay }, Url);
    }

    /// <summary>Renders the overview once it shows the view's five posts; returns the sentiment chart's plot.</summary>
    private IRenderedComponent<ChartHost> RenderOverview()
    {
        page = Render<Home>();
        page.WaitForAssertion(() => Assert.Equal("5", page.Find(".counter-card[data-counter=posts] .counter-value").TextContent), TimeSpan.FromSeconds(10));
        return page.FindComponent<TimeChart>().FindComponent<ChartHost>();
    }
}
