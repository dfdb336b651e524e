namespace SentimentDashboard.Data;

/// <summary>The rows of one page and how many rows the whole list has.</summary>
public sealed record RowPage<T>(IReadOnlyList<T> Rows, int Total);
