using SentimentDashboard.Analysis.Risk;

namespace SentimentDashboard.Review;

/// <summary>A person's decision on a queued item and the labels it gives the item for retraining.</summary>
public sealed record ReviewDecision(ReviewStatus Status, bool? Hate, bool? Offensive, string? Sentiment, string? Category, string? Note)
{
    /// <summary>The models were right: their labels stand.</summary>
    public static ReviewDecision Confirm(ReviewItemEntity item, string? note) =>
        new(ReviewStatus.Confirmed, item.ModelHate, item.ModelOffensive, item.ModelSentiment, item.ModelCategory, note);

    /// <summary>A false alarm: not hateful, not offensive, neutral in risk; the sentiment is left unsaid.</summary>
    public static ReviewDecision Dismiss(string? note) =>
        new(ReviewStatus.Dismissed, false, false, null, RiskNames.Of(RiskCategory.Neutral), note);

    public static ReviewDecision Relabel(bool hate, bool offensive, string sentiment, string category, string? note) =>
        new(ReviewStatus.Relabelled, hate, offensive, sentiment, category, note);
}
