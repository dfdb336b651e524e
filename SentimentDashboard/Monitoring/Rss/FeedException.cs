namespace SentimentDashboard.Monitoring.Rss;

/// <summary>A feed that cannot be read, with the reason shown as the monitor's error (a bad status, bad XML, too large).</summary>
internal sealed class FeedException(string message, Exception? inner = null) : Exception(message, inner);
