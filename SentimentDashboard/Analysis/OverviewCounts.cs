using System.Data.Common;
using SentimentDashboard.Rollups;

namespace SentimentDashboard.Analysis;

/// <summary>
/// The overview's counts read from the rollups (PostCounts, TagCounts): whole hours or minutes from them, the partial
/// minutes at a range's ends from the rows, so the numbers are exactly a recount's. With <c>rollups: false</c>, or
/// for a filter the rollups do not know (<see cref="PostQuery.RollupsAnswer"/>), everything is counted from the rows.
/// </summary>
public sealed class OverviewCounts(DashboardQueries queries)
{
    public async Task<IReadOnlyList<CountCell>> CellsAsync(PostFilter filter, Granularity granularity, bool rollups, CancellationToken cancellation = default)
    {
        var bucket = DashboardQueries.BucketMilliseconds(granularity);
        var cells = new List<CountCell>();
        foreach (var segment in Segments(filter, bucket, rollups && PostQuery.RollupsAnswer(filter)))
        {
            cells.AddRange(await queries.QueryAsync(Within(filter, segment), query => segment.IsRows
                ? $"""
                  SELECT (Posts.CreatedAt / {bucket}) * {bucket}, Posts.MonitorId, {RollupSql.Label}, {RollupSql.HateFlag}, {RollupSql.OffensiveFlag},
                         {RollupSql.LanguageKey}, COUNT(*), COALESCE(SUM(LENGTH(Posts.Text)), 0)
                  FROM {query.From} WHERE {query.Where} GROUP BY 1, 2, 3, 4, 5, 6
                  """
                : $"""
                  SELECT (Bucket / {bucket}) * {bucket}, MonitorId, Sentiment, Hate, Offensive, Language, SUM(Posts) AS N, SUM(TextLength)
                  FROM PostCounts WHERE {query.RollupWhere(segment.Width)} GROUP BY 1, 2, 3, 4, 5, 6 HAVING N > 0
                  """,
                reader => new CountCell(
                    reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetBoolean(3), reader.GetBoolean(4), reader.GetString(5),
                    reader.GetInt64(6), reader.GetInt64(7)),
                cancellation));
        }

        return cells;
    }

    /// <summary>The most used hashtags (rows for a filter TagCounts cannot answer: one with a language, or any the rollups do not know).</summary>
    public async Task<IReadOnlyList<KeyCount>> TopTagsAsync(PostFilter filter, int top, bool rollups, CancellationToken cancellation = default)
    {
        if (!rollups || !PostQuery.RollupsAnswer(filter) || filter.Language is not null)
        {
            return await queries.TopTagsAsync(filter, top, cancellation);
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var segment in Segments(filter, RollupSql.Hour, rollups: true))
        {
            var rows = await queries.QueryAsync(Within(filter, segment), query => segment.IsRows
                ? $"""
                  SELECT Tagged.Tag, COUNT(*) FROM {query.From} JOIN PostTags AS Tagged ON Tagged.PostId = Posts.Id
                  WHERE {query.Where}{query.TimeBounds("Tagged.CreatedAt")} GROUP BY Tagged.Tag
                  """
                : $"SELECT Tag, SUM(Posts) FROM TagCounts WHERE {query.RollupWhere(segment.Width, language: false)} GROUP BY Tag",
                reader => (Tag: reader.GetString(0), Posts: reader.GetInt64(1)),
                cancellation);
            foreach (var (tag, posts) in rows)
            {
                counts[tag] = counts.GetValueOrDefault(tag) + posts;
            }
        }

        return [.. counts.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Take(top).Select(c => new KeyCount(c.Key, (int)c.Value))];
    }

    /// <summary>
    /// The first and last matching post's time. With rollups, the first and last minutes holding posts are found in
    /// them, and only those minutes' rows (and the range's partial minutes) are read.
    /// </summary>
    public async Task<(DateTimeOffset? First, DateTimeOffset? Last)> BoundsAsync(PostFilter filter, bool rollups, CancellationToken cancellation = default)
    {
        var segments = Segments(filter, RollupSql.Minute, rollups && PostQuery.RollupsAnswer(filter));
        var first = await EdgeAsync(filter, segments, newest: false, cancellation);
        return first is null ? (null, null) : (first, await EdgeAsync(filter, [.. segments.Reverse()], newest: true, cancellation));
    }

    private async Task<DateTimeOffset?> EdgeAsync(PostFilter filter, IReadOnlyList<TimeSegment> segments, bool newest, CancellationToken cancellation)
    {
        var order = newest ? "DESC" : "ASC";
        foreach (var segment in segments)
        {
            var rows = segment;
            if (!segment.IsRows)
            {
                var minutes = await queries.QueryAsync(Within(filter, segment), query => $"""
                    SELECT Bucket FROM PostCounts WHERE {query.RollupWhere(RollupSql.Minute)} GROUP BY Bucket HAVING SUM(Posts) > 0 ORDER BY Bucket {order} LIMIT 1
                    """, reader => reader.GetInt64(0), cancellation);
                if (minutes.Count == 0)
                {
                    continue;
                }

                rows = new TimeSegment(0, minutes[0], minutes[0] + RollupSql.Minute);
            }

            var times = await queries.QueryAsync(Within(filter, rows), query => $"""
                SELECT {query.Time} FROM {query.From} WHERE {query.Where} ORDER BY {query.Time} {order} LIMIT 1
                """, reader => DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(0)), cancellation);
            if (times.Count > 0)
            {
                return times[0];
            }
        }

        return null;
    }

    private IReadOnlyList<TimeSegment> Segments(PostFilter filter, long bucket, bool rollups)
    {
        var (from, to) = filter.Range.Resolve(queries.Now);
        var start = from?.ToUnixTimeMilliseconds();
        var end = to?.ToUnixTimeMilliseconds();
        return rollups ? TimeSegment.Split(start, end, bucket) : [new TimeSegment(0, start, end)];
    }

    /// <summary>The filter narrowed to a segment's range.</summary>
    private static PostFilter Within(PostFilter filter, TimeSegment segment) => filter with
    {
        Range = new TimeRange(null, Time(segment.From), Time(segment.To)),
    };

    private static DateTimeOffset? Time(long? milliseconds) => milliseconds is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
}
