namespace SentimentDashboard.Analysis;

/// <summary>
/// Burst detection: a term trends when its count among the recent window's posts is well above what its baseline rate
/// predicts for that many posts. Expected = (baseline + 1) * recentPosts / (baselinePosts + 1) (add-one so a term never
/// seen before has an expectation, not a division by zero); score = (recent - expected) / sqrt(expected), the Poisson
/// z-score. A few mentions never make a trend, however new: <see cref="MinimumRecent"/>.
/// </summary>
public static class TrendDetector
{
    public const int MinimumRecent = 3;
    public const double MinimumScore = 2.0;

    public static IReadOnlyList<TrendingTerm> Detect(
        IReadOnlyDictionary<string, int> recent, int recentPosts,
        IReadOnlyDictionary<string, int> baseline, int baselinePosts,
        int top)
    {
        if (recentPosts == 0)
        {
            return [];
        }

        var ratio = recentPosts / (double)(baselinePosts + 1);
        return recent
            .Where(pair => pair.Value >= MinimumRecent)
            .Select(pair =>
            {
                var expected = (baseline.GetValueOrDefault(pair.Key) + 1) * ratio;
                return new TrendingTerm(pair.Key, pair.Value, expected, (pair.Value - expected) / Math.Sqrt(expected));
            })
            .Where(t => t.Score >= MinimumScore)
            .OrderByDescending(t => t.Score)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(top)
            .ToArray();
    }
}
