using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Review;

/// <summary>Configuration section "Review": which posts wait for a person's decision.</summary>
public sealed class ReviewOptions
{
    public const string Section = "Review";

    /// <summary>Risk at or above which a scored post or transcript segment joins the review queue (by default where alerts start); above 1, nothing does.</summary>
    [Range(0.0, 1.01)]
    public double MinimumRisk { get; set; } = Analysis.Risk.RiskOptions.DefaultAlertThreshold;

    /// <summary>Committed batches waiting to be queued; beyond it they are dropped (and counted), never waited for.</summary>
    [Range(16, 1_000_000)]
    public int QueueCapacity { get; set; } = 1024;
}
