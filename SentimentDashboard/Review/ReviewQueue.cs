using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Analysis.Risk.SecondOpinion;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Review;

/// <summary>The review queue in the database: high-risk posts join it once, people decide, decisions stay.</summary>
public sealed class ReviewQueue(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    private const int MaxNote = 1000;

    /// <summary>Queues the posts not queued before and still stored; returns the new items.</summary>
    public async Task<IReadOnlyList<ReviewItemEntity>> AddAsync(IReadOnlyList<LivePost> posts, CancellationToken cancellationToken)
    {
        if (posts.Count == 0)
        {
            return [];
        }

        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = posts.Select(p => p.Id).Distinct().ToList();
        var stored = await context.Posts.Where(p => ids.Contains(p.Id) && !context.ReviewItems.Any(i => i.PostId == p.Id))
            .Select(p => p.Id).ToHashSetAsync(cancellationToken);
        var monitors = await MonitorNamesAsync(context, posts.Select(p => p.MonitorId), cancellationToken);
        var now = time.GetUtcNow();
        var items = posts.Where(p => stored.Contains(p.Id) && p.Scores is not null).DistinctBy(p => p.Id).Select(p => Item(p, monitors, now)).ToList();
        context.ReviewItems.AddRange(items);
        await context.SaveChangesAsync(cancellationToken);
        return items;
    }

    /// <summary>
    /// Queues what a stop between a commit and its queueing left out: the risky posts stored after the newest queued one
    /// (posts are numbered in commit order) or, in a queue never used, those posted since <paramref name="since"/>; at
    /// most <paramref name="limit"/>, oldest first.
    /// </summary>
    public async Task<IReadOnlyList<ReviewItemEntity>> CatchUpAsync(double minimumRisk, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        var newest = await context.ReviewItems.MaxAsync(i => i.PostId, cancellationToken);
        var risky = context.Posts.Where(p => p.Risk >= (float)minimumRisk && !context.ReviewItems.Any(i => i.PostId == p.Id));
        risky = newest is { } last ? risky.Where(p => p.Id > last) : risky.Where(p => p.CreatedAt >= since);
        var posts = await risky.OrderBy(p => p.Id).Take(limit).ToListAsync(cancellationToken);
        if (posts.Count == 0)
        {
            return [];
        }

        var ids = posts.Select(p => p.Id).ToList();
        var risks = await context.PostRisks.Where(r => ids.Contains(r.PostId)).ToDictionaryAsync(r => r.PostId, cancellationToken);
        var monitors = await MonitorNamesAsync(context, posts.Select(p => p.MonitorId), cancellationToken);
        var now = time.GetUtcNow();
        var items = posts.Select(p => Item(p, risks.GetValueOrDefault(p.Id), monitors, now)).ToList();
        context.ReviewItems.AddRange(items);
        await context.SaveChangesAsync(cancellationToken);
        return items;
    }

    /// <summary>A page's worth of the filter's items.</summary>
    public async Task<IReadOnlyList<ReviewItemEntity>> ListAsync(ReviewFilter filter, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await Query(context, filter).ToListAsync(cancellationToken);
    }

    /// <summary>The filter's items read one by one, for exports of any size.</summary>
    public async IAsyncEnumerable<ReviewItemEntity> StreamAsync(ReviewFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await foreach (var item in Query(context, filter).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            yield return item;
        }
    }

    public async Task<ReviewItemEntity?> FindAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.ReviewItems.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        return await context.ReviewItems.CountAsync(i => i.Status == ReviewStatus.Pending, cancellationToken);
    }

    /// <summary>Records the decision on a pending item; false when it is gone or was decided meanwhile.</summary>
    public async Task<bool> DecideAsync(long id, Func<ReviewItemEntity, ReviewDecision> decide, string? userId, string actor, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await context.ReviewItems.FindAsync([id], cancellationToken) is not { Status: ReviewStatus.Pending } item)
        {
            return false;
        }

        var decision = decide(item);
        Validate(decision);
        (item.Status, item.LabelHate, item.LabelOffensive, item.LabelSentiment, item.LabelCategory) =
            (decision.Status, decision.Hate, decision.Offensive, decision.Sentiment, decision.Category);
        (item.DecidedAt, item.DecidedBy, item.DecidedByName) = (time.GetUtcNow(), userId, actor);
        item.Note = string.IsNullOrWhiteSpace(decision.Note) ? null : decision.Note.Trim()[..Math.Min(decision.Note.Trim().Length, MaxNote)];
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Puts a decided item back in the queue (a decision taken by mistake); false when it is gone or pending.</summary>
    public async Task<bool> ReopenAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await context.ReviewItems.FindAsync([id], cancellationToken) is not { } item || item.Status == ReviewStatus.Pending)
        {
            return false;
        }

        item.Status = ReviewStatus.Pending;
        (item.LabelHate, item.LabelOffensive, item.LabelSentiment, item.LabelCategory) = (null, null, null, null);
        (item.DecidedAt, item.DecidedBy, item.DecidedByName, item.Note) = (null, null, null, null);
        await context.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Stores the LLM's answer, or the error that stood in for it, with the item.</summary>
    public async Task SaveOpinionAsync(long id, SecondOpinionResult result, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        if (await context.ReviewItems.FindAsync([id], cancellationToken) is not { } item)
        {
            return;
        }

        var opinion = result.Opinion;
        (item.OpinionCategory, item.OpinionVirality, item.OpinionHate, item.OpinionTarget) = (opinion?.Category, opinion?.Virality, opinion?.Hate, opinion?.Target);
        (item.OpinionJustification, item.OpinionScore, item.OpinionModel) = (opinion?.Justification, opinion?.Score, opinion?.Model);
        (item.OpinionError, item.OpinionAt) = (result.Error, time.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Forgets the item's second opinion before it is asked again (the page then says it is awaited).</summary>
    public async Task ClearOpinionAsync(long id, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.ReviewItems.Where(i => i.Id == id).ExecuteUpdateAsync(
            set => set.SetProperty(i => i.OpinionAt, (DateTimeOffset?)null).SetProperty(i => i.OpinionError, (string?)null), cancellationToken);
    }

    private static IQueryable<ReviewItemEntity> Query(DashboardDbContext context, ReviewFilter filter)
    {
        var items = context.ReviewItems.AsNoTracking();
        items = filter.Decided ? items.Where(i => i.Status != ReviewStatus.Pending) : items.Where(i => i.Status == ReviewStatus.Pending);
        if (filter.Status is { } status)
        {
            items = items.Where(i => i.Status == status);
        }

        if (filter.MonitorId is { } monitor)
        {
            items = items.Where(i => i.MonitorId == monitor);
        }

        items = filter.Decided
            ? items.OrderByDescending(i => i.DecidedAt).ThenByDescending(i => i.Id)
            : items.OrderByDescending(i => i.Risk).ThenByDescending(i => i.Id);
        return items.Take(filter.Limit);
    }

    private static async Task<Dictionary<long, string>> MonitorNamesAsync(DashboardDbContext context, IEnumerable<long> monitorIds, CancellationToken cancellationToken)
    {
        var ids = monitorIds.Distinct().ToList();
        return await context.Monitors.Where(m => ids.Contains(m.Id))
            .ToDictionaryAsync(m => m.Id, m => MonitorTargets.KindName(m.Kind) + ":" + m.Target, cancellationToken);
    }

    private static void Validate(ReviewDecision decision)
    {
        if (decision.Status == ReviewStatus.Pending)
        {
            throw new ArgumentException("A decision cannot leave the item pending.", nameof(decision));
        }

        if (decision.Sentiment is { } sentiment && Classification.ClassificationTask.Sentiment.LabelIndex(sentiment) < 0)
        {
            throw new ArgumentException($"Unknown sentiment '{sentiment}'.", nameof(decision));
        }

        if (decision.Category is { } category && !RiskNames.Categories.Contains(category))
        {
            throw new ArgumentException($"Unknown category '{category}'.", nameof(decision));
        }
    }

    private static ReviewItemEntity Item(LivePost post, Dictionary<long, string> monitors, DateTimeOffset now)
    {
        var scores = post.Scores!;
        var item = New(post.Id, post.MonitorId, monitors, post.SourceId, post.Author, post.Language, post.Text, post.CreatedAt, now);
        (item.Risk, item.Hate, item.Offensive) = (scores.Risk, scores.Assessment?.CalibratedHate ?? scores.Hate, scores.Assessment?.CalibratedOffensive ?? scores.Offensive);
        (item.ModelHate, item.ModelOffensive, item.ModelSentiment) = (scores.Hate > 0.5f, scores.Offensive > 0.5f, scores.Sentiment);
        (item.ModelCategory, item.Justification) = (RiskNames.Of(scores.Assessment?.Category ?? RiskCategory.Neutral), scores.Assessment?.Justification ?? "");
        return item;
    }

    /// <summary>A stored post as the queue copies it, from its row and its risk analysis (posts stored before the analysis have none).</summary>
    private static ReviewItemEntity Item(PostEntity post, PostRiskEntity? risk, Dictionary<long, string> monitors, DateTimeOffset now)
    {
        var item = New(post.Id, post.MonitorId, monitors, post.SourceId, post.Author, post.Language, post.Text, post.CreatedAt, now);
        (item.Risk, item.Hate, item.Offensive) = (post.Risk ?? 0, risk?.CalibratedHate ?? post.Hate ?? 0, risk?.CalibratedOffensive ?? post.Offensive ?? 0);
        (item.ModelHate, item.ModelOffensive, item.ModelSentiment) = (post.Hate > 0.5f, post.Offensive > 0.5f, post.Sentiment ?? "");
        (item.ModelCategory, item.Justification) = (risk?.Category ?? RiskNames.Of(RiskCategory.Neutral), risk?.Justification ?? "");
        return item;
    }

    private static ReviewItemEntity New(
        long postId, long monitorId, Dictionary<long, string> monitors, string sourceId, string? author, string? language, string text, DateTimeOffset postedAt, DateTimeOffset now) => new()
    {
        PostId = postId, MonitorId = monitorId, MonitorName = monitors.GetValueOrDefault(monitorId, ""), SourceId = sourceId, Author = author,
        Language = language, Text = text, PostedAt = postedAt, QueuedAt = now, ModelSentiment = "", ModelCategory = "", Status = ReviewStatus.Pending,
    };

}
