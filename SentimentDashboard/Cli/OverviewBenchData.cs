using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Globalization;
using Microsoft.Data.Sqlite;
using SentimentDashboard.Data;
using SentimentDashboard.Rollups;

namespace SentimentDashboard.Cli;

/// <summary>
/// Databases for the overview benchmark: <c>posts</c> posts of three monitors spread evenly over the five days before
/// <see cref="End"/> (a fifth of them in its last 24 hours), with authors, languages, labels, scores and hashtags
/// drawn from a seeded generator. Written with prepared statements in big transactions, the secondary indexes and the
/// rollups built after the rows in one pass each; kept in <c>cache</c> by size and seed, so later runs reuse them.
/// </summary>
internal static class OverviewBenchData
{
    /// <summary>The newest post's time and the benchmark's "now".</summary>
    public static readonly DateTimeOffset End = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    public static readonly TimeSpan Span = TimeSpan.FromDays(5);

    private const int RowsPerTransaction = 200_000;
    private static readonly string[] Languages = ["en", "en", "en", "en", "en", "en", "en", "es", "fr", "de", "pt", "ja"];
    private static readonly string[] Labels = ["negative", "neutral", "positive"];
    private static readonly string[] Scores = ["Negative", "Neutral", "Positive", "Hate", "Offensive", "Anger", "Joy", "Optimism", "Sadness", "Risk"];

    /// <summary><paramref name="schema"/> is <see cref="SchemaHashAsync"/>'s, computed once for every size.</summary>
    public static async Task<string> EnsureAsync(string cache, string schema, int posts, int seed, IReadOnlyList<string> texts, TextWriter log)
    {
        var path = Path.Combine(cache, $"overview-{posts}-seed{seed}-{schema}.db");
        if (File.Exists(path))
        {
            await log.WriteLineAsync($"overview: reusing {path}");
            return path;
        }

        var partial = path + ".partial";
        foreach (var stale in new[] { partial, partial + "-wal", partial + "-shm" })
        {
            File.Delete(stale);
        }

        var clock = Stopwatch.StartNew();
        await CreateSchemaAsync(partial);
        await using (var connection = new SqliteConnection($"Data Source={partial};Pooling=False"))
        {
            await connection.OpenAsync();
            Execute(connection, "PRAGMA synchronous=OFF; PRAGMA cache_size=-262144; PRAGMA foreign_keys=OFF;");
            var indexes = DropIndexes(connection);
            Insert(connection, posts, seed, texts, log);
            for (var i = 0; i < indexes.Count; i++)
            {
                Execute(connection, indexes[i]);
                await log.WriteLineAsync($"overview: index {i + 1}/{indexes.Count} ({clock.Elapsed.TotalSeconds:F0} s)");
            }

            var rollups = RollupSql.Build(slices: 10);
            for (var i = 0; i < rollups.Count; i++)
            {
                Execute(connection, rollups[i]);
                await log.WriteLineAsync($"overview: rollups {i + 1}/{rollups.Count} ({clock.Elapsed.TotalSeconds:F0} s)");
            }

            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }

        File.Move(partial, path);
        File.Delete(partial + "-wal");
        File.Delete(partial + "-shm");
        await log.WriteLineAsync($"overview: generated {posts:N0} posts in {clock.Elapsed.TotalSeconds:F0} s: {path}");
        return path;
    }

    /// <summary>
    /// The first 12 hex digits of the SHA-256 of the schema this build creates: cached databases are named by the schema
    /// itself, not its version number, as branches renumber their steps when they merge and another build's "version 5"
    /// file would not be this one's.
    /// </summary>
    public static async Task<string> SchemaHashAsync(string cache)
    {
        Directory.CreateDirectory(cache);
        var probe = Path.Combine(cache, $"schema-{Guid.NewGuid():N}.db");
        try
        {
            await CreateTablesAsync(probe);
            await using var connection = new SqliteConnection($"Data Source={probe};Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT type || ' ' || name || ' ' || IFNULL(sql, '') FROM sqlite_master ORDER BY type, name";
            var schema = new StringBuilder();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    schema.AppendLine(reader.GetString(0));
                }
            }

            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(schema.ToString())))[..12];
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { probe, probe + "-wal", probe + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>The app's own schema, as a new database gets it at start.</summary>
    private static async Task CreateTablesAsync(string path)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Database:Path"] = path });
        builder.Services.AddData();
        using var host = builder.Build();
        await host.StartAsync();
        await host.StopAsync();
    }

    /// <summary>The app's schema with the three monitors the generated posts belong to.</summary>
    private static async Task CreateSchemaAsync(string path)
    {
        await CreateTablesAsync(path);
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        for (var monitor = 1; monitor <= 3; monitor++)
        {
            Execute(connection, $"""
                INSERT INTO Monitors (Id, Kind, Target, NormalizedTarget, Paused, State, CreatedAt)
                VALUES ({monitor}, 'Mastodon', 'https://bench.example/tags/t{monitor}', 'https://bench.example/tags/t{monitor}', 1, 'Paused', 0)
                """);
        }
    }

    /// <summary>Drops the secondary indexes of Posts and PostTags, returning the statements that make them again.</summary>
    private static List<string> DropIndexes(SqliteConnection connection)
    {
        var indexes = new List<(string Name, string Sql)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('Posts', 'PostTags') AND sql IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        foreach (var (name, _) in indexes)
        {
            Execute(connection, $"DROP INDEX \"{name}\"");
        }

        return [.. indexes.Select(i => i.Sql)];
    }

    private static void Insert(SqliteConnection connection, int posts, int seed, IReadOnlyList<string> texts, TextWriter log)
    {
        var random = new Random(seed);
        var tags = Enumerable.Range(0, 300).Select(i => $"tag{i}").ToArray();
        var start = End - Span;
        var step = Span.Ticks / Math.Max(posts, 1);
        using var post = connection.CreateCommand();
        post.CommandText = """
            INSERT INTO Posts (Id, MonitorId, MonitorKind, DedupeScope, SourceId, CreatedAt, Author, Language, Text, Url, Tags, Reblogs, Favourites,
                Replies, Sensitive, SpoilerText, Deleted, Edited, Scored, Sentiment, Negative, Neutral, Positive, Hate, Offensive, Emotion, Anger, Joy,
                Optimism, Sadness, Risk)
            VALUES ($Id, $MonitorId, 'Mastodon', 0, $Id, $CreatedAt, $Author, $Language, $Text, NULL, $Tags, 0, 0, 0, 0, NULL, 0, 0, $Scored, $Sentiment,
                $Negative, $Neutral, $Positive, $Hate, $Offensive, $Emotion, $Anger, $Joy, $Optimism, $Sadness, $Risk)
            """;
        string[] names = ["Id", "MonitorId", "CreatedAt", "Author", "Language", "Text", "Tags", "Scored", "Sentiment", "Emotion", .. Scores];
        var p = names.ToDictionary(n => n, n => post.Parameters.Add(new SqliteParameter("$" + n, null)));
        using var tag = connection.CreateCommand();
        tag.CommandText = "INSERT INTO PostTags (PostId, Tag, CreatedAt) VALUES ($PostId, $Tag, $CreatedAt)";
        var tagPost = tag.Parameters.Add(new SqliteParameter("$PostId", null));
        var tagName = tag.Parameters.Add(new SqliteParameter("$Tag", null));
        var tagTime = tag.Parameters.Add(new SqliteParameter("$CreatedAt", null));

        for (var first = 0; first < posts; first += RowsPerTransaction)
        {
            using var transaction = connection.BeginTransaction();
            post.Transaction = tag.Transaction = transaction;
            for (var i = first; i < Math.Min(posts, first + RowsPerTransaction); i++)
            {
                var createdAt = (start + TimeSpan.FromTicks(step * (i + 1L))).ToUnixTimeMilliseconds();
                var scored = random.NextDouble() >= 0.05;
                var postTags = Enumerable.Range(0, random.Next(3)).Select(_ => tags[(int)(tags.Length * Math.Pow(random.NextDouble(), 3))]).Distinct().ToArray();
                p["Id"].Value = i + 1L;
                p["MonitorId"].Value = 1 + (i % 3);
                p["CreatedAt"].Value = createdAt;
                p["Author"].Value = $"user{(int)(20_000 * Math.Pow(random.NextDouble(), 2))}";
                p["Language"].Value = random.Next(50) == 0 ? DBNull.Value : Languages[random.Next(Languages.Length)];
                p["Text"].Value = texts[random.Next(texts.Count)];
                p["Tags"].Value = string.Join(' ', postTags);
                p["Scored"].Value = scored;
                p["Sentiment"].Value = scored ? Labels[random.Next(3)] : DBNull.Value;
                p["Emotion"].Value = scored ? "joy" : DBNull.Value;
                foreach (var score in Scores)
                {
                    // Hate and offensive are rare: about one post in twenty each.
                    p[score].Value = !scored ? DBNull.Value : score is "Hate" or "Offensive" ? Math.Pow(random.NextDouble(), 14) : random.NextDouble();
                }

                post.ExecuteNonQuery();
                foreach (var name in postTags)
                {
                    (tagPost.Value, tagName.Value, tagTime.Value) = (i + 1L, name, createdAt);
                    tag.ExecuteNonQuery();
                }
            }

            transaction.Commit();
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"overview: {Math.Min(posts, first + RowsPerTransaction):N0} of {posts:N0} posts written"));
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        command.ExecuteNonQuery();
    }
}
