namespace SentimentDashboard.Data;

/// <summary>
/// One page of a sorted list: the rows to skip and take, and the property of the listed row to sort by. Each query
/// maps the names it knows to columns; any other name (or none) keeps the list's own order, so a name from the
/// browser never reaches SQL.
/// </summary>
public sealed record PageRequest(int Skip, int Take, string? SortBy = null, bool Descending = false)
{
    /// <summary>True when the page is sorted by <paramref name="property"/>.</summary>
    public bool Sorts(string property) => string.Equals(SortBy, property, StringComparison.Ordinal);
}
