namespace SentimentDashboard.Review;

/// <summary>The words the API, exports and pages use for a decision.</summary>
public static class ReviewNames
{
    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Confirmed => "confirmed",
        ReviewStatus.Dismissed => "dismissed",
        ReviewStatus.Relabelled => "relabelled",
        _ => "pending",
    };

    public static ReviewStatus? Parse(string? word) =>
        Enum.GetValues<ReviewStatus>().Select(s => (ReviewStatus?)s).FirstOrDefault(s => string.Equals(Of(s!.Value), word, StringComparison.OrdinalIgnoreCase));
}
