using System.Collections.Concurrent;

namespace SentimentDashboard.Analysis;

/// <summary>
/// The newest posts of a view, at most <see cref="Size"/>: trending terms and the most active authors are computed from
/// them, so their cost does not grow with the view. Each post's terms are extracted once and kept (by id, checked
/// against its text) for the next reloads, which mostly read the same posts again.
/// </summary>
public sealed class RecentSample(DashboardQueries queries)
{
    public const int Size = 20_000;

    /// <summary>Past this many posts the kept terms are dropped and collected again.</summary>
    private const int KeptPosts = 4 * Size;

    private readonly ConcurrentDictionary<long, (int TextHash, string[] Terms)> _terms = new();

    public async Task<(IReadOnlyList<TrendingTerm> Trending, IReadOnlyList<KeyCount> Authors)> ReadAsync(PostFilter filter, int top, CancellationToken cancellation = default)
    {
        var posts = await queries.QueryAsync(filter, query => $"""
            SELECT Posts.Id, {query.Time}, Posts.Author, Posts.Text FROM {query.From} WHERE {query.Where} ORDER BY {query.Time} DESC LIMIT {query.Add(Size)}
            """, reader => (Id: reader.GetInt64(0), CreatedAt: reader.GetInt64(1), Author: reader.IsDBNull(2) ? null : reader.GetString(2), Text: reader.GetString(3)),
            cancellation);
        var authors = posts.Where(p => p.Author is not null).GroupBy(p => p.Author!, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Count())).OrderByDescending(a => a.Count).ThenBy(a => a.Key, StringComparer.Ordinal).Take(top).ToArray();
        return (Trending(posts, top), authors);
    }

    /// <summary>
    /// Terms far more frequent among the most recent posts of the sample (its last sixth, at least five minutes) than
    /// before them; the newest post, not the clock, ends the view, so a replayed day trends like a live one.
    /// </summary>
    private IReadOnlyList<TrendingTerm> Trending(List<(long Id, long CreatedAt, string? Author, string Text)> posts, int top)
    {
        if (posts.Count == 0)
        {
            return [];
        }

        if (_terms.Count > KeptPosts)
        {
            _terms.Clear();
        }

        var newest = posts[0].CreatedAt;
        var span = newest - posts[^1].CreatedAt;
        var recentStart = newest - Math.Max(span / 6, (long)TimeSpan.FromMinutes(5).TotalMilliseconds);
        var extractor = new TermExtractor();
        var recent = new Dictionary<string, int>(StringComparer.Ordinal);
        var baseline = new Dictionary<string, int>(StringComparer.Ordinal);
        int recentPosts = 0, baselinePosts = 0;
        foreach (var (id, createdAt, _, text) in posts)
        {
            var isRecent = createdAt >= recentStart;
            var counts = isRecent ? recent : baseline;
            _ = isRecent ? recentPosts++ : baselinePosts++;
            foreach (var term in TermsOf(id, text, extractor))
            {
                counts[term] = counts.GetValueOrDefault(term) + 1;
            }
        }

        return TrendDetector.Detect(recent, recentPosts, baseline, baselinePosts, top);
    }

    private string[] TermsOf(long id, string text, TermExtractor extractor)
    {
        var hash = text.GetHashCode(StringComparison.Ordinal);
        if (_terms.TryGetValue(id, out var kept) && kept.TextHash == hash)
        {
            return kept.Terms;
        }

        var terms = extractor.Terms(text).ToArray();
        _terms[id] = (hash, terms);
        return terms;
    }
}
