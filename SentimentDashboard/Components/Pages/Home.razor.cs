using System.Globalization;
using Microsoft.AspNetCore.Components;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Dashboard;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// The overview: counters and charts of the filtered view, re-queried when the URL changes and, coalesced to at most
/// two refreshes a second, when the live hub reports newly stored posts.
/// </summary>
public sealed partial class Home(OverviewLoader overview, NavigationManager navigation, DashboardRefresh refresh) : IDisposable
{
    private const int TopItems = 10;

    private PostFilter filter = new();
    private Granularity granularity;
    private IReadOnlyList<MonitorChoice> monitors = [];
    private OverviewCounters? counters;
    private IReadOnlyList<SentimentBucket> timeline = [];
    private IReadOnlyList<ToxicityBucket> toxicity = [];
    private IReadOnlyList<KeyCount> tags = [];
    private IReadOnlyList<KeyCount> trending = [];
    private IReadOnlyList<KeyCount> languages = [];
    private IReadOnlyList<KeyCount> authors = [];
    private IReadOnlyList<MonitorVolume> volumes = [];
    private IDisposable? subscription;

    private IReadOnlyList<KeyCount> MonitorVolumes => volumes.Select(v => new KeyCount(v.Name, v.Posts)).ToArray();

    protected override void OnInitialized() =>
        subscription = refresh.Subscribe(() => InvokeAsync(async () =>
        {
            try
            {
                await LoadAsync();
                StateHasChanged();
            }
            catch (Exception e)
            {
                await DispatchExceptionAsync(e);
            }
        }));

    protected override Task OnParametersSetAsync()
    {
        filter = PostFilter.Parse(new Uri(navigation.Uri).Query);
        return LoadAsync();
    }

    public void Dispose() => subscription?.Dispose();

    private async Task LoadAsync()
    {
        var loaded = await overview.LoadAsync(filter, TopItems);
        (monitors, counters, granularity) = (loaded.Monitors, loaded.Counters, loaded.Granularity);
        (timeline, toxicity, tags, trending) = (loaded.Timeline, loaded.Toxicity, loaded.Tags, loaded.Trending);
        (languages, volumes, authors) = (loaded.Languages, loaded.Volumes, loaded.Authors);
    }

    private void Navigate(PostFilter next) => navigation.NavigateTo("/" + next.ToQueryString());

    private void Drill(PostFilter drill) => navigation.NavigateTo(drill.PostsPath());

    private void DrillIntoBucket((DateTimeOffset Start, string Label) segment) =>
        Drill(filter with { Range = BucketRange(segment.Start), Sentiment = segment.Label, Bucket = null });

    private void DrillIntoToxicity((DateTimeOffset Start, string Kind) point) =>
        Drill(filter with { Range = BucketRange(point.Start), HatefulOnly = point.Kind == "hate", OffensiveOnly = point.Kind == "offensive", Bucket = null });

    private void DrillIntoMonitor(string name)
    {
        if (volumes.FirstOrDefault(v => v.Name == name) is { } volume)
        {
            Drill(filter with { MonitorId = volume.MonitorId });
        }
    }

    private TimeRange BucketRange(DateTimeOffset start) =>
        TimeRange.Absolute(start, start.AddMilliseconds(DashboardQueries.BucketMilliseconds(granularity)));

    private string Percent(int part) => counters is { Posts: > 0 } c ? (100.0 * part / c.Posts).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "–";

    private static string Format(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private string? LastSeen => counters?.Last is { } last ? "latest " + last.UtcDateTime.ToString("MMM d HH:mm", CultureInfo.InvariantCulture) + " UTC" : null;
}
