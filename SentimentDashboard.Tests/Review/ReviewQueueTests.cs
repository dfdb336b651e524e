using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Review;

/// <summary>The review queue fed by the real pipeline on a real database: who joins it, what decisions record, what outlives a post.</summary>
public sealed class ReviewQueueTests : IAsyncLifetime
{
    private readonly AppFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    private ReviewQueue Queue => app.Services.GetRequiredService<ReviewQueue>();

    [Fact]
    public async Task High_risk_posts_are_queued_once_with_the_models_output_and_calm_posts_are_not()
    {
        await ReviewFixture.ReplayAsync(app, hateful: 6);
        await app.WaitForPostAsync("calm-2");

        var items = await Queue.ListAsync(new ReviewFilter(), CancellationToken.None);

        Assert.Equal(6, items.Count);
        Assert.All(items, i => Assert.StartsWith("hate-", i.SourceId, StringComparison.Ordinal));
        Assert.Equal(items.OrderByDescending(i => i.Risk).ThenByDescending(i => i.Id).Select(i => i.Id), items.Select(i => i.Id));
        Assert.All(items, i =>
        {
            Assert.Equal(ReviewStatus.Pending, i.Status);
            Assert.True(i.Risk >= 0.6f);
            Assert.True(i.ModelHate);
            Assert.Equal("hateful", i.ModelCategory);
            Assert.Contains("hate model", i.Justification, StringComparison.Ordinal);
            Assert.Null(i.LabelHate);
        });

        // The same posts again (an edit re-commits them) do not queue twice.
        var posts = await StoredAsync([.. items.Select(i => i.PostId!.Value)]);
        Assert.Empty(await Queue.AddAsync(posts, CancellationToken.None));
        Assert.Equal(6, await Queue.PendingCountAsync(CancellationToken.None));
        var feeder = app.Services.GetRequiredService<ReviewQueueFeeder>().Snapshot();
        Assert.True(feeder is { Worker: "review queue", Handled: > 0, Failed: 0, Dropped: 0 }, feeder.ToString());
    }

    [Fact]
    public async Task Confirm_dismiss_and_relabel_record_labels_and_an_item_is_decided_once()
    {
        await ReviewFixture.ReplayAsync(app, hateful: 3);
        var (confirmed, dismissed, relabelled) = await ThreeAsync();

        Assert.True(await Queue.DecideAsync(confirmed.Id, i => ReviewDecision.Confirm(i, "  clear case  "), "user-1", "ana@example.org", CancellationToken.None));
        Assert.True(await Queue.DecideAsync(dismissed.Id, _ => ReviewDecision.Dismiss(null), "user-1", "ana@example.org", CancellationToken.None));
        Assert.True(await Queue.DecideAsync(relabelled.Id, _ => ReviewDecision.Relabel(false, true, "negative", "polemic", "insult, not hate"), "user-2", "bo@example.org", CancellationToken.None));
        Assert.False(await Queue.DecideAsync(confirmed.Id, _ => ReviewDecision.Dismiss(null), "user-2", "bo@example.org", CancellationToken.None));

        var c = (await Queue.FindAsync(confirmed.Id, CancellationToken.None))!;
        Assert.Equal((ReviewStatus.Confirmed, true, c.ModelOffensive, c.ModelSentiment, "hateful", "clear case", "ana@example.org"),
            (c.Status, c.LabelHate, c.LabelOffensive, c.LabelSentiment, c.LabelCategory, c.Note, c.DecidedByName));
        Assert.NotNull(c.DecidedAt);
        var d = (await Queue.FindAsync(dismissed.Id, CancellationToken.None))!;
        Assert.Equal((ReviewStatus.Dismissed, false, false, null, "neutral"), (d.Status, d.LabelHate, d.LabelOffensive, d.LabelSentiment, d.LabelCategory));
        var r = (await Queue.FindAsync(relabelled.Id, CancellationToken.None))!;
        Assert.Equal((ReviewStatus.Relabelled, false, true, "negative", "polemic", "bo@example.org"), (r.Status, r.LabelHate, r.LabelOffensive, r.LabelSentiment, r.LabelCategory, r.DecidedByName));

        Assert.Empty(await Queue.ListAsync(new ReviewFilter(), CancellationToken.None));
        Assert.Equal([relabelled.Id, dismissed.Id, confirmed.Id], (await Queue.ListAsync(new ReviewFilter(Decided: true), CancellationToken.None)).Select(i => i.Id));
        Assert.Equal([dismissed.Id], (await Queue.ListAsync(new ReviewFilter(true, ReviewStatus.Dismissed), CancellationToken.None)).Select(i => i.Id));

        Assert.True(await Queue.ReopenAsync(dismissed.Id, CancellationToken.None));
        Assert.False(await Queue.ReopenAsync(dismissed.Id, CancellationToken.None));
        var reopened = (await Queue.FindAsync(dismissed.Id, CancellationToken.None))!;
        Assert.Equal((ReviewStatus.Pending, null, null, null), (reopened.Status, reopened.LabelHate, reopened.LabelCategory, reopened.DecidedAt));
    }

    [Fact]
    public async Task A_relabelling_with_an_unknown_label_is_refused_and_records_nothing()
    {
        await ReviewFixture.ReplayAsync(app, hateful: 1);
        var item = (await Queue.ListAsync(new ReviewFilter(), CancellationToken.None)).Single();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            Queue.DecideAsync(item.Id, _ => ReviewDecision.Relabel(true, true, "furious", "hateful", null), "u", "a", CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Queue.DecideAsync(item.Id, _ => ReviewDecision.Relabel(true, true, "negative", "dangerous", null), "u", "a", CancellationToken.None));

        Assert.Equal(ReviewStatus.Pending, (await Queue.FindAsync(item.Id, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_decision_outlives_its_post_and_its_monitor()
    {
        var monitor = await ReviewFixture.ReplayAsync(app, hateful: 2);
        var (first, second, _) = await ThreeAsync(count: 2);
        Assert.True(await Queue.DecideAsync(first.Id, i => ReviewDecision.Confirm(i, null), "u", "ana@example.org", CancellationToken.None));

        Assert.True(await app.Services.GetRequiredService<MonitorRegistry>().DeleteAsync(monitor));

        var kept = (await Queue.FindAsync(first.Id, CancellationToken.None))!;
        Assert.Equal((null, null, ReviewStatus.Confirmed), (kept.PostId, kept.MonitorId, kept.Status));
        Assert.Equal(first.Text, kept.Text);
        Assert.EndsWith("review.jsonl", kept.MonitorName, StringComparison.Ordinal);
        Assert.Null((await Queue.FindAsync(second.Id, CancellationToken.None))!.PostId);
    }

    private async Task<(ReviewItemEntity, ReviewItemEntity, ReviewItemEntity)> ThreeAsync(int count = 3)
    {
        var items = (await Queue.ListAsync(new ReviewFilter(), CancellationToken.None)).OrderBy(i => i.Id).ToList();
        Assert.Equal(count, items.Count);
        return (items[0], items[1], items.Count > 2 ? items[2] : items[1]);
    }

    /// <summary>The stored posts as the store hands them on: the review queue's input.</summary>
    private async Task<IReadOnlyList<LivePost>> StoredAsync(IReadOnlyList<long> ids)
    {
        var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var posts = await context.Posts.Where(p => ids.Contains(p.Id)).ToListAsync();
        return [.. posts.Select(p => new LivePost(
            p.Id, p.MonitorId, p.MonitorKind, p.SourceId, p.CreatedAt, p.Author, p.Language, p.Text, p.Url, [],
            new PostScores(0.8f, 0.1f, 0.1f, 0.9f, 0.9f, 0.7f, 0.1f, 0.1f, 0.1f, 0.9f)))];
    }
}
