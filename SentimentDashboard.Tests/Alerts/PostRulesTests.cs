using SentimentDashboard.Alerts;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Tests.Alerts;

public sealed class PostRulesTests
{
    private static readonly DateTimeOffset Minute = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Hate_threshold_groups_the_matches_by_monitor()
    {
        var rule = new AlertRuleEntity { Id = 1, Name = "Hate", Kind = AlertRuleKind.Hate, Threshold = 0.7 };
        var batch = Batch(Minute, Post(1, 1, hate: 0.9f), Post(2, 1, hate: 0.2f), Post(3, 2, hate: 0.7f), Post(4, 2, hate: 0.69f));

        var hits = new PostRules().Evaluate([rule], batch);

        Assert.Equal([(1L, new long[] { 1 }), (2L, new long[] { 3 })], hits.Select(h => (h.MonitorId!.Value, h.PostIds.ToArray())));
    }

    [Fact]
    public void Spike_of_hateful_posts_reports_the_whole_minute_with_its_top_terms_then_each_new_post()
    {
        var rule = new AlertRuleEntity { Id = 2, Name = "Burst", Kind = AlertRuleKind.Spike, Signal = SpikeSignal.Hateful, Threshold = 3, MinPosts = 5 };
        var rules = new PostRules();

        var quiet = rules.Evaluate([rule], Batch(Minute, [.. Enumerable.Range(1, 4).Select(i => Post(i, 1, hate: 0.9f, text: "vermin invaders everywhere"))]));
        var burst = rules.Evaluate([rule], Batch(Minute.AddSeconds(10), Post(5, 2, hate: 0.9f, text: "invaders again"), Post(6, 2, hate: 0.1f)));
        var more = rules.Evaluate([rule], Batch(Minute.AddSeconds(20), Post(7, 1, hate: 0.95f, text: "invaders")));

        Assert.Empty(quiet);
        var hit = Assert.Single(burst);
        Assert.Null(hit.MonitorId);
        Assert.Equal([1L, 2, 3, 4, 5], hit.PostIds);
        Assert.Equal("Top terms: invaders, everywhere, vermin", hit.Detail);
        Assert.Equal([7L], Assert.Single(more).PostIds);
    }

    private static CommittedBatch Batch(DateTimeOffset at, params LivePost[] posts) => new(posts, [], [], at);

    private static LivePost Post(long id, long monitor, float hate, string text = "some words here") =>
        new(id, monitor, MonitorKind.Replay, $"p{id}", Minute, null, "en", text, null, [], new PostScores(0.1f, 0.8f, 0.1f, hate, 0.1f, 0.25f, 0.25f, 0.25f, 0.25f, hate));
}
