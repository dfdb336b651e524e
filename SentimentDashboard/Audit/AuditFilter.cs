using SentimentDashboard.Api;

namespace SentimentDashboard.Audit;

/// <summary>Which audit entries to list: one action (null: all) and a text the actor, target or address contains.</summary>
public sealed record AuditFilter(string? Action = null, string? Search = null)
{
    /// <summary>The filter of an export link's query string (<c>action</c>, <c>search</c>).</summary>
    public static AuditFilter FromQuery(IQueryCollection query) =>
        new(query["action"].FirstOrDefault() is { Length: > 0 } action ? action : null, query["search"].FirstOrDefault());

    /// <summary>The query string of <see cref="FromQuery"/>, for the page's export link.</summary>
    public string ToQuery() => QueryValues.Write(("action", Action), ("search", string.IsNullOrWhiteSpace(Search) ? null : Search.Trim()));
}
