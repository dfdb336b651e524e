namespace SentimentDashboard.Rollups;

/// <summary>
/// The SQL that keeps the rollups (PostCounts, TagCounts) equal to a recount of the undeleted posts: every change to
/// Posts adds the new rows' counts or takes away the old rows' counts in the same transaction, at both widths. The
/// keys are computed here in SQL, exactly as the overview's row queries compute them, so both always agree.
/// </summary>
public static class RollupSql
{
    public const long Minute = 60_000;

    public const long Hour = 3_600_000;

    /// <summary>The rollup widths, coarsest first.</summary>
    public static readonly IReadOnlyList<long> Widths = [Hour, Minute];

    /// <summary>A post's label key: its sentiment, or <c>unscored</c>.</summary>
    public const string Label = "CASE WHEN Posts.Scored = 0 OR Posts.Sentiment IS NULL THEN 'unscored' ELSE Posts.Sentiment END";

    public const string HateFlag = "COALESCE(Posts.Hate >= 0.5, 0)";

    public const string OffensiveFlag = "COALESCE(Posts.Offensive >= 0.5, 0)";

    /// <summary>A post's language key: empty when unknown.</summary>
    public const string LanguageKey = "COALESCE(Posts.Language, '')";

    /// <summary>The posts of a batch: <c>$Ids</c> is a JSON array of post ids.</summary>
    public const string BatchIds = "Posts.Id IN (SELECT value FROM json_each($Ids))";

    /// <summary>
    /// Statements that add (<paramref name="sign"/> 1) or take away (-1) the counts of the undeleted posts matching
    /// <paramref name="predicate"/> (a condition on Posts). Cells that fall to zero stay, counting nothing.
    /// </summary>
    public static string Change(string predicate, int sign) => $"""
        WITH Widths(Width) AS (VALUES ({Minute}), ({Hour}))
        INSERT INTO PostCounts (Width, Bucket, MonitorId, Sentiment, Hate, Offensive, Language, Posts, TextLength)
        SELECT Widths.Width, (Posts.CreatedAt / Widths.Width) * Widths.Width, Posts.MonitorId, {Label}, {HateFlag}, {OffensiveFlag}, {LanguageKey},
               {sign} * COUNT(*), {sign} * COALESCE(SUM(LENGTH(Posts.Text)), 0)
        FROM Posts CROSS JOIN Widths
        WHERE Posts.Deleted = 0 AND {predicate}
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT DO UPDATE SET Posts = Posts + excluded.Posts, TextLength = TextLength + excluded.TextLength;
        WITH Widths(Width) AS (VALUES ({Minute}), ({Hour}))
        INSERT INTO TagCounts (Width, Bucket, Tag, MonitorId, Sentiment, Hate, Offensive, Posts)
        SELECT Widths.Width, (Posts.CreatedAt / Widths.Width) * Widths.Width, PostTags.Tag, Posts.MonitorId, {Label}, {HateFlag}, {OffensiveFlag},
               {sign} * COUNT(*)
        FROM Posts JOIN PostTags ON PostTags.PostId = Posts.Id CROSS JOIN Widths
        WHERE Posts.Deleted = 0 AND {predicate}
        GROUP BY 1, 2, 3, 4, 5, 6, 7
        ON CONFLICT DO UPDATE SET Posts = Posts + excluded.Posts;
        """;

    /// <summary>
    /// Counts every stored post into empty rollups, in <paramref name="slices"/> statements over ranges of post ids (so
    /// whoever runs them can show progress): the schema upgrade that introduced them, and <c>bench</c>'s generated databases.
    /// </summary>
    public static IReadOnlyList<string> Build(int slices) =>
    [
        .. Enumerable.Range(0, slices).Select(slice => Change(
            $"Posts.Id > (SELECT COALESCE(MAX(Id), 0) FROM Posts) * {slice} / {slices} AND Posts.Id <= (SELECT COALESCE(MAX(Id), 0) FROM Posts) * {slice + 1} / {slices}",
            1)),
    ];
}
