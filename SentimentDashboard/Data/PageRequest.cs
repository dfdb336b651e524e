namespace SentimentDashboard.Data;

/// <summary>
/// One page of a sorted, filtered list: the rows to skip and take, the property of the listed row to sort by, and a
/// text the rows must contain (each query says where it looks). Each query maps the sort names it knows to columns;
/// any other name (or none) keeps the list's own order, so a name from the browser never reaches SQL.
/// </summary>
public sealed record PageRequest(int Skip, int Take, string? SortBy = null, bool Descending = false, string? Search = null)
{
    /// <summary>The search text without surrounding blanks, or null when there is none.</summary>
    public string? SearchText => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();

    /// <summary>True when the page is sorted by <paramref name="property"/>.</summary>
    public bool Sorts(string property) => string.Equals(SortBy, property, StringComparison.Ordinal);
}
