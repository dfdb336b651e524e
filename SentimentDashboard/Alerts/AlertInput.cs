using SentimentDashboard.Monitoring;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Alerts;

/// <summary>What the evaluator works on: exactly one of a committed batch, a monitor's status change, a live event, or a clock tick.</summary>
internal sealed record AlertInput(CommittedBatch? Batch = null, MonitorStatusChange? Status = null, LiveEvent? Live = null, DateTimeOffset? Tick = null);
