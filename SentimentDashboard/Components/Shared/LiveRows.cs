using SentimentDashboard.Analysis;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Components.Shared;

/// <summary>A post from the live hub as lists show stored posts, so the live feed and the posts grid look alike.</summary>
public static class LiveRows
{
    /// <param name="post">The committed post.</param>
    /// <param name="monitor">Its monitor's KIND:TARGET, or just the kind when the monitor is not known yet.</param>
    public static PostRow From(LivePost post, string? monitor)
    {
        var scores = post.Scores;
        return new PostRow(
            post.Id, post.SourceId, post.CreatedAt, post.MonitorId, monitor ?? MonitorTargets.KindName(post.MonitorKind), post.Author,
            post.Language, post.Text, post.Url, scores is not null, scores?.Sentiment, scores?.Negative, scores?.Neutral, scores?.Positive,
            scores?.Hate, scores?.Offensive, scores?.Emotion, scores?.Risk);
    }
}
