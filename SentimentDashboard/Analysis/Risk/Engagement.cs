namespace SentimentDashboard.Analysis.Risk;

/// <summary>
/// What a source says about a post's audience when it is read: its reblogs, favourites and replies so far, and for a
/// live's transcript segment the live's viewers and how fast they grow.
/// </summary>
public sealed record Engagement(int Reblogs, int Favourites, int Replies, int? Viewers = null, double? ViewerGrowthPerMinute = null)
{
    public static readonly Engagement None = new(0, 0, 0);

    public int Interactions => Reblogs + Favourites + Replies;
}
