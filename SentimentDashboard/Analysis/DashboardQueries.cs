using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Data;

namespace SentimentDashboard.Analysis;

/// <summary>
/// The aggregates behind the dashboard, as plain SQL over the indexed Posts table (bucketing integer timestamps is
/// cheap in SQL and awkward through EF's converters). One short-lived context per call, as for any component.
/// </summary>
public sealed class DashboardQueries(IDbContextFactory<DashboardDbContext> contexts, TimeProvider clock)
{
    private const string MonitorName = "lower(Monitors.Kind) || ':' || Monitors.Target";

    /// <summary>Lists count their matches up to this many.</summary>
    public const int CountLimit = 10_000;

    /// <summary>The clock the queries resolve relative ranges with.</summary>
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IReadOnlyList<KeyCount>> TopTagsAsync(PostFilter filter, int top, CancellationToken cancellation = default) =>
        await QueryAsync(filter, query => $"""
            SELECT Tagged.Tag, COUNT(*) AS N FROM {query.From} JOIN PostTags AS Tagged ON Tagged.PostId = Posts.Id
            WHERE {query.Where}{query.TimeBounds("Tagged.CreatedAt")} GROUP BY Tagged.Tag ORDER BY N DESC, Tagged.Tag LIMIT {query.Add(top)}
            """, reader => new KeyCount(reader.GetString(0), reader.GetInt32(1)), cancellation);

    /// <summary>One page of the matching posts, sorted as <paramref name="page"/> asks (see <see cref="PostQuery.OrderBy"/>; newest first by default).</summary>
    public async Task<PostPage> PostsAsync(PostFilter filter, PageRequest page, CancellationToken cancellation = default)
    {
        var posts = await QueryAsync(filter, query => $"""
            {SelectPosts(query)} ORDER BY {query.OrderBy(page.SortBy, page.Descending)} LIMIT {query.Add(page.Take)} OFFSET {query.Add(page.Skip)}
            """, ReadPost, cancellation);
        // Counting is bounded: past CountLimit matches the page says "10,000+" instead of scanning a million rows.
        var total = await QueryAsync(filter, query => $"SELECT COUNT(*) FROM (SELECT 1 FROM {query.From} WHERE {query.Where} LIMIT {query.Add(CountLimit + 1)})", reader => reader.GetInt32(0), cancellation);
        return new PostPage(posts, total.Single(), total.Single() > CountLimit);
    }

    /// <summary>Every matching post, oldest first, read row by row: exports stream in constant memory.</summary>
    public async IAsyncEnumerable<PostRow> StreamPostsAsync(PostFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellation = default)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        var query = new PostQuery(filter, clock.GetUtcNow());
        await using var command = query.Command(connection, $"{SelectPosts(query)} ORDER BY {query.Time}, Posts.Id");
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        while (await reader.ReadAsync(cancellation))
        {
            yield return ReadPost(reader);
        }
    }

    /// <summary>Every monitor, for filter choices.</summary>
    public async Task<IReadOnlyList<MonitorChoice>> MonitorChoicesAsync(CancellationToken cancellation = default) =>
        await QueryAsync(new PostFilter(), _ => $"SELECT Id, {MonitorName} FROM Monitors ORDER BY Id", reader => new MonitorChoice(reader.GetInt64(0), reader.GetString(1)), cancellation);

    public static long BucketMilliseconds(Granularity granularity) => granularity switch
    {
        Granularity.Minute => 60_000,
        Granularity.Hour => 3_600_000,
        _ => 86_400_000,
    };

    private static string SelectPosts(PostQuery query) => $"""
        SELECT Posts.Id, Posts.SourceId, Posts.CreatedAt, Posts.MonitorId, {MonitorName}, Posts.Author, Posts.Language,
               Posts.Text, Posts.Url, Posts.Scored, Posts.Sentiment, Posts.Negative, Posts.Neutral, Posts.Positive,
               Posts.Hate, Posts.Offensive, Posts.Emotion, Posts.Risk,
               PostRisks.Category, PostRisks.Virality, PostRisks.HateTarget, PostRisks.TargetTerms, PostRisks.CalibratedNegative,
               PostRisks.CalibratedHate, PostRisks.CalibratedOffensive, PostRisks.ContentRisk, PostRisks.EngagementPerMinute, PostRisks.Justification
        FROM {query.From} JOIN Monitors ON Monitors.Id = Posts.MonitorId LEFT JOIN PostRisks ON PostRisks.PostId = Posts.Id WHERE {query.Where}
        """;

    private static PostRow ReadPost(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Time(r, 2)!.Value, r.GetInt64(3), r.GetString(4), Text(r, 5), Text(r, 6), r.GetString(7),
        Text(r, 8), r.GetBoolean(9), Text(r, 10), Float(r, 11), Float(r, 12), Float(r, 13), Float(r, 14), Float(r, 15), Text(r, 16), Float(r, 17))
    {
        RiskAnalysis = r.IsDBNull(18) ? null : new StoredRisk(
            r.GetString(18), r.GetString(19), Text(r, 20), r.GetString(21), r.GetFloat(22), r.GetFloat(23), r.GetFloat(24), r.GetFloat(25), r.GetDouble(26), r.GetString(27)),
    };

    internal async Task<List<T>> QueryAsync<T>(PostFilter filter, Func<PostQuery, string> sql, Func<DbDataReader, T> read, CancellationToken cancellation)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellation);
        var connection = context.Database.GetDbConnection();
        await connection.OpenAsync(cancellation);
        var query = new PostQuery(filter, clock.GetUtcNow());
        await using var command = query.Command(connection, sql(query));
        await using var reader = await command.ExecuteReaderAsync(cancellation);
        var result = new List<T>();
        while (await reader.ReadAsync(cancellation))
        {
            result.Add(read(reader));
        }

        return result;
    }

    private static float? Float(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFloat(column);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateTimeOffset? Time(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64(column));
}
