namespace SentimentDashboard.Analysis.Risk;

/// <summary>
/// Virality from engagement velocity: a post's reblogs + favourites + replies per minute since it was posted (at
/// least one minute, so a post read the second it appears is not infinitely fast); a live segment's level is the
/// higher of its live's viewers and their growth per minute. Thresholds are <see cref="RiskOptions"/>'s.
/// </summary>
public sealed class ViralityEstimator(RiskOptions options)
{
    public (ViralityLevel Level, double PerMinute) Estimate(Engagement engagement, DateTimeOffset postedAt, DateTimeOffset now)
    {
        if (engagement.Viewers is { } viewers)
        {
            var growth = Math.Max(0, engagement.ViewerGrowthPerMinute ?? 0);
            var byViewers = Level(viewers, options.MediumViewers, options.HighViewers);
            var byGrowth = Level(growth, options.MediumViewerGrowthPerMinute, options.HighViewerGrowthPerMinute);
            return ((ViralityLevel)Math.Max((int)byViewers, (int)byGrowth), growth);
        }

        var minutes = Math.Max(1, (now - postedAt).TotalMinutes);
        var perMinute = engagement.Interactions / minutes;
        return (Level(perMinute, options.MediumEngagementPerMinute, options.HighEngagementPerMinute), perMinute);
    }

    private static ViralityLevel Level(double value, double medium, double high) =>
        value >= high && high > 0 ? ViralityLevel.High : value >= medium && medium > 0 ? ViralityLevel.Medium : ViralityLevel.Low;
}
