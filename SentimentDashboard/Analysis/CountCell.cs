namespace SentimentDashboard.Analysis;

/// <summary>
/// The posts of one chart bucket with one monitor, label, toxicity flags and language (empty: unknown), and their
/// characters of text: what the overview's counters, timelines, languages and monitor volumes are summed from.
/// </summary>
public sealed record CountCell(long Bucket, long MonitorId, string Sentiment, bool Hate, bool Offensive, string Language, long Posts, long TextLength);
