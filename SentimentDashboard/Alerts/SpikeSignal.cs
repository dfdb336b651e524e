namespace SentimentDashboard.Alerts;

/// <summary>Which posts a spike rule counts per minute.</summary>
public enum SpikeSignal
{
    /// <summary>Posts whose sentiment label is negative.</summary>
    Negative,

    /// <summary>Posts whose hate probability is at least one half.</summary>
    Hateful,
}
