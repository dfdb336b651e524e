namespace SentimentDashboard.Review;

/// <summary>Where a queued item stands: waiting for a person, or what they decided.</summary>
public enum ReviewStatus
{
    /// <summary>Waiting for a decision.</summary>
    Pending,

    /// <summary>The models were right: their labels are the item's labels.</summary>
    Confirmed,

    /// <summary>A false alarm: neither hateful nor offensive, neutral.</summary>
    Dismissed,

    /// <summary>The reviewer gave the labels.</summary>
    Relabelled,
}
