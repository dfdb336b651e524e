using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// Writes a batch of posts in one transaction: new posts (a post already stored is skipped: dedupe on kind, scope
/// and source id), edits, deletions, their rollup counts, likes, reposts and replies of stored posts
/// (<see cref="EngagementCommands"/>), and each monitor's cursor and last item time (checkpoints move
/// only the cursor). Every deletion at a source goes through here (<see cref="CommittedBatch.Deleted"/>): whatever keeps
/// per-post aggregates follows deletions there. Posts of a monitor deleted
/// meanwhile are dropped. Statements go straight to SQLite: EF Core has no INSERT ... ON CONFLICT DO NOTHING.
/// </summary>
public sealed class PostBatchWriter(IDbContextFactory<DashboardDbContext> contexts, TimeProvider time)
{
    public async Task<CommittedBatch> WriteAsync(IReadOnlyList<ScoredPost> posts, CancellationToken cancellationToken)
    {
        await using var context = await contexts.CreateDbContextAsync(cancellationToken);
        await context.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)context.Database.GetDbConnection();
        using var transaction = connection.BeginTransaction();
        using var commands = new PostCommands(transaction);
        using var engagements = new EngagementCommands(transaction);
        var now = time.GetUtcNow();
        var kinds = TouchMonitors(commands, posts, now);

        var added = new List<LivePost>(posts.Count);
        var updated = new List<LivePost>();
        var deleted = new List<long>();
        var engaged = 0;
        foreach (var post in posts)
        {
            if (kinds[post.Raw.MonitorId] is not { } kind)
            {
                continue;
            }

            var scope = PostIdentity.DedupeScope(post.Raw.MonitorId);
            switch (post.Raw.Event)
            {
                case PostEventKind.Created when commands.Insert(post, kind, scope, edited: false) is { } id:
                    added.Add(ToLive(id, kind, post));
                    break;
                case PostEventKind.Updated when commands.Update(post, kind, scope) is { } id:
                    updated.Add(ToLive(id, kind, post));
                    break;
                case PostEventKind.Updated when commands.Insert(post, kind, scope, edited: true) is { } id:
                    added.Add(ToLive(id, kind, post));
                    break;
                case PostEventKind.Deleted when commands.MarkDeleted(post, kind, scope) is { } id:
                    deleted.Add(id);
                    break;
                case var engagement when engagement.IsEngagement():
                    engaged += engagements.Apply(post.Raw, kind, scope);
                    break;
            }
        }

        commands.FlushCounts();
        transaction.Commit();
        return new CommittedBatch(added, updated, deleted, now) { Engaged = engaged };
    }

    private static Dictionary<long, MonitorKind?> TouchMonitors(PostCommands commands, IReadOnlyList<ScoredPost> posts, DateTimeOffset now)
    {
        var lastCursor = new Dictionary<long, (string? Cursor, bool HasPost)>();
        foreach (var post in posts)
        {
            var last = lastCursor.GetValueOrDefault(post.Raw.MonitorId);
            var isItem = post.Raw.Event != PostEventKind.Checkpoint && !post.Raw.Event.IsEngagement();
            lastCursor[post.Raw.MonitorId] = (post.Raw.Cursor ?? last.Cursor, last.HasPost || isItem);
        }

        return lastCursor.ToDictionary(m => m.Key, m => commands.TouchMonitor(m.Key, m.Value.Cursor, m.Value.HasPost ? now : null));
    }

    private static LivePost ToLive(long id, MonitorKind kind, ScoredPost post)
    {
        var raw = post.Raw;
        return new LivePost(id, raw.MonitorId, kind, raw.SourceId, raw.CreatedAt, raw.Author, post.Language, raw.Text, raw.Url, post.Tags, post.Scores);
    }
}
