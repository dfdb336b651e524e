using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Analysis;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Rollups;

/// <summary>
/// The rollups kept by the store, on a real SQLite file, equal a recount of the posts after random inserts,
/// duplicates, edits, deletions, a failed batch and a monitor's deletion; and the overview read from them equals the
/// overview counted from the rows, for single and combined filters.
/// </summary>
public sealed class RollupRecountTests : IAsyncLifetime
{
    private static readonly string[] Texts =
    [
        "Flood warning for the valley tonight, stay safe",
        "The council approved the new budget at last",
        "What a goal in the final minute, unbelievable",
        "I hate waiting for this train every single morning",
        "Lovely concert at the park with friends",
        "Ces gens sont vraiment incroyables aujourd'hui",
    ];

    private static readonly string[] Tags = ["news", "rain", "sport", "music", "city"];
    private static readonly string[] Languages = ["en", "en", "fr", "de"];

    private readonly TempDirectory _temp = new();
    private readonly Random _random = new(19);
    private readonly Dictionary<long, List<string>> _ids = [];
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow.AddHours(-5);
    private PipelineHost _host = null!;
    private string _database = null!;
    private long[] _monitors = [];
    private int _next;

    public async Task InitializeAsync()
    {
        _database = Path.Combine(_temp.Path, "app.db");
        _host = await PipelineHost.StartAsync(_database);
        _monitors =
        [
            (await _host.Registry.AddAsync(MonitorKind.Replay, _temp.Write("a.jsonl", ""))).Monitor!.Id,
            (await _host.Registry.AddAsync(MonitorKind.Replay, _temp.Write("b.jsonl", ""))).Monitor!.Id,
            (await _host.Registry.AddAsync(MonitorKind.Replay, _temp.Write("c.jsonl", ""))).Monitor!.Id,
        ];
        foreach (var monitor in _monitors)
        {
            _ids[monitor] = [];
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task Rollups_AfterRandomInsertsDuplicatesEditsAndDeletes_EqualARecount()
    {
        await WriteRandomBatchesAsync(12);

        var stored = await RollupCounts.StoredAsync(_database);
        Assert.NotEmpty(stored);
        Assert.Equal(await RollupCounts.RecountAsync(_database), stored);
    }

    [Fact]
    public async Task A_batch_that_fails_midway_leaves_neither_its_posts_nor_their_counts()
    {
        await WriteRandomBatchesAsync(3);
        var before = await RollupCounts.StoredAsync(_database);
        await using (var db = await _host.CreateDbContextAsync())
        {
            var posts = await db.Posts.CountAsync();
            // The second post has no text: SQLite refuses it after the first was inserted and counted into the batch.
            ScoredPost[] batch = [Created(_monitors[0], "doomed-1"), Created(_monitors[0], "doomed-2") with { Raw = Raw(_monitors[0], "doomed-2") with { Text = null! } }];

            await Assert.ThrowsAnyAsync<Exception>(() => _host.Get<PostBatchWriter>().WriteAsync(batch, CancellationToken.None));

            Assert.Equal(posts, await db.Posts.CountAsync());
        }

        Assert.Equal(before, await RollupCounts.StoredAsync(_database));
        Assert.Equal(await RollupCounts.RecountAsync(_database), before);
    }

    [Fact]
    public async Task Deleting_a_monitor_takes_its_counts_with_its_posts()
    {
        await WriteRandomBatchesAsync(4);

        Assert.True(await _host.Registry.DeleteAsync(_monitors[1]));

        var stored = await RollupCounts.StoredAsync(_database);
        Assert.DoesNotContain(stored, row => row.Split('|')[3] == _monitors[1].ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(await RollupCounts.RecountAsync(_database), stored);
    }

    [Fact]
    public async Task The_overview_from_rollups_equals_the_overview_counted_from_the_rows()
    {
        await WriteRandomBatchesAsync(8);
        Assert.Equal(await RollupCounts.RecountAsync(_database), await RollupCounts.StoredAsync(_database));
        var queries = new DashboardQueries(_host.Get<IDbContextFactory<DashboardDbContext>>(), TimeProvider.System);
        var loader = new OverviewLoader(queries, new OverviewCounts(queries), new RecentSample(queries), TimeProvider.System);
        var from = _start.AddMinutes(37).AddMilliseconds(123);
        var to = _start.AddHours(4).AddSeconds(29);
        PostFilter[] filters =
        [
            new() { Range = TimeRange.All },
            new() { Range = TimeRange.Absolute(from, to) },
            new() { Range = TimeRange.Absolute(from, to), Bucket = Granularity.Minute },
            new() { Range = new TimeRange(null, from, null), Bucket = Granularity.Day },
            new() { Range = TimeRange.All, MonitorId = _monitors[0], Sentiment = "negative" },
            new() { Range = TimeRange.Absolute(from, to), Sentiment = "unscored", MonitorId = _monitors[2] },
            new() { Range = TimeRange.All, HatefulOnly = true, OffensiveOnly = true },
            new() { Range = TimeRange.Absolute(from, to), Language = "en", Sentiment = "positive" },
            new() { Range = TimeRange.All, Language = "unknown" },
            new() { Range = TimeRange.Absolute(from, to), Tag = "news", MonitorId = _monitors[1] },
            new() { Range = TimeRange.All, Search = "train", Language = "en" },
        ];

        foreach (var filter in filters)
        {
            var fromRollups = await loader.LoadAsync(filter, 10, rollups: true);
            var fromRows = await loader.LoadAsync(filter, 10, rollups: false);

            Assert.True(fromRows.Counters.Posts > 0 || filter.HatefulOnly, filter.ToQueryString());
            Assert.Equal(JsonSerializer.Serialize(fromRows), JsonSerializer.Serialize(fromRollups));
        }
    }

    private async Task WriteRandomBatchesAsync(int batches)
    {
        var writer = _host.Get<PostBatchWriter>();
        for (var b = 0; b < batches; b++)
        {
            var batch = new List<ScoredPost>();
            for (var i = 0; i < 40; i++)
            {
                var monitor = _monitors[_random.Next(_monitors.Length)];
                var known = _ids[monitor];
                var roll = _random.Next(10);
                batch.Add(roll switch
                {
                    _ when roll < 6 || known.Count == 0 => Created(monitor, NewId(monitor)),
                    6 => Created(monitor, known[_random.Next(known.Count)]),
                    7 or 8 => Edited(monitor, known[_random.Next(known.Count)]),
                    _ => Deleted(monitor, known[_random.Next(known.Count)]),
                });
            }

            await writer.WriteAsync(batch, CancellationToken.None);
        }
    }

    private string NewId(long monitor)
    {
        var id = $"p{_next++}";
        _ids[monitor].Add(id);
        return id;
    }

    private ScoredPost Created(long monitor, string id) => Scored(Raw(monitor, id));

    private ScoredPost Edited(long monitor, string id) => Scored(Raw(monitor, id) with { Event = PostEventKind.Updated });

    private ScoredPost Deleted(long monitor, string id) => new(Raw(monitor, id) with { Event = PostEventKind.Deleted }, null, [], null, 0);

    private RawPost Raw(long monitor, string id) => Posts.Raw(monitor, id, Texts[_random.Next(Texts.Length)]) with
    {
        // Minutes and hours of their own, some in the same minute as others.
        CreatedAt = _start.AddSeconds(_random.Next(5 * 3600)).AddMilliseconds(_random.Next(1000)),
        Author = $"user{_random.Next(5)}",
    };

    private ScoredPost Scored(RawPost raw)
    {
        string[] tags = [.. Tags.Where(_ => _random.Next(3) == 0)];
        var language = _random.Next(8) == 0 ? null : Languages[_random.Next(Languages.Length)];
        var scores = _random.Next(6) == 0 ? null : new PostScores(
            Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next(), Next());
        return new ScoredPost(raw, language, tags, scores, 0);
    }

    private float Next() => (float)_random.NextDouble();
}
