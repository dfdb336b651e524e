using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Alerts;

/// <summary>Configuration section "Alerts": the evaluator's queue, its catch-up at start, how often silence is checked, and webhook calls.</summary>
public sealed class AlertsOptions
{
    public const string Section = "Alerts";

    /// <summary>Committed batches and monitor events waiting for evaluation; beyond it they are dropped (and counted), never waited for.</summary>
    [Range(16, 1_000_000)]
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>Most posts stored after the last evaluated one (before a crash) that are evaluated at start; the rest are logged and left.</summary>
    [Range(0, 1_000_000)]
    public int CatchUpLimit { get; set; } = 10_000;

    /// <summary>How often monitors are checked for silence.</summary>
    [Range(1, 3600)]
    public int SilenceCheckSeconds { get; set; } = 30;

    /// <summary>Attempts per webhook call (the first and its retries, with exponential backoff from one second).</summary>
    [Range(1, 10)]
    public int WebhookAttempts { get; set; } = 4;

    /// <summary>Longest wait for a webhook's answer.</summary>
    [Range(1, 300)]
    public int WebhookTimeoutSeconds { get; set; } = 10;
}
