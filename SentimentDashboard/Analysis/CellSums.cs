namespace SentimentDashboard.Analysis;

/// <summary>The overview's panels summed from its <see cref="CountCell"/>s: one read of the counts serves them all.</summary>
internal static class CellSums
{
    public static OverviewCounters Counters(IReadOnlyList<CountCell> cells, DateTimeOffset? first, DateTimeOffset? last)
    {
        var posts = Sum(cells, _ => true);
        return new OverviewCounters(
            posts, Sum(cells, c => c.Sentiment == "negative"), Sum(cells, c => c.Sentiment == "neutral"), Sum(cells, c => c.Sentiment == "positive"),
            Sum(cells, c => c.Sentiment == "unscored"), Sum(cells, c => c.Hate), Sum(cells, c => c.Offensive),
            posts == 0 ? 0 : cells.Sum(c => c.TextLength) / (double)posts, first, last);
    }

    public static IReadOnlyList<SentimentBucket> Timeline(IReadOnlyList<CountCell> cells) =>
    [
        .. cells.GroupBy(c => c.Bucket).OrderBy(g => g.Key).Select(g => new SentimentBucket(
            Time(g.Key), Sum(g, c => c.Sentiment == "negative"), Sum(g, c => c.Sentiment == "neutral"), Sum(g, c => c.Sentiment == "positive"),
            Sum(g, c => c.Sentiment == "unscored"))),
    ];

    /// <summary>Hateful and offensive shares of the scored posts per bucket; buckets without one are left out.</summary>
    public static IReadOnlyList<ToxicityBucket> Toxicity(IReadOnlyList<CountCell> cells) =>
    [
        .. cells.Where(c => c.Sentiment != "unscored").GroupBy(c => c.Bucket).OrderBy(g => g.Key).Select(g =>
        {
            var posts = Sum(g, _ => true);
            return new ToxicityBucket(Time(g.Key), posts, Percent(Sum(g, c => c.Hate), posts), Percent(Sum(g, c => c.Offensive), posts));
        }),
    ];

    public static IReadOnlyList<KeyCount> Languages(IReadOnlyList<CountCell> cells, int top) =>
    [
        .. cells.GroupBy(c => c.Language.Length == 0 ? "unknown" : c.Language)
            .Select(g => new KeyCount(g.Key, Sum(g, _ => true)))
            .OrderByDescending(k => k.Count).ThenBy(k => k.Key, StringComparer.Ordinal).Take(top),
    ];

    public static IReadOnlyList<MonitorVolume> Volumes(IReadOnlyList<CountCell> cells, IReadOnlyList<MonitorChoice> monitors)
    {
        var names = monitors.ToDictionary(m => m.Id, m => m.Name);
        return
        [
            .. cells.GroupBy(c => c.MonitorId).Where(g => names.ContainsKey(g.Key))
                .Select(g => new MonitorVolume(g.Key, names[g.Key], Sum(g, _ => true)))
                .OrderByDescending(v => v.Posts).ThenBy(v => v.MonitorId),
        ];
    }

    private static int Sum(IEnumerable<CountCell> cells, Func<CountCell, bool> which) => (int)cells.Where(which).Sum(c => c.Posts);

    private static DateTimeOffset Time(long milliseconds) => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);

    private static double Percent(int part, int whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 1);
}
