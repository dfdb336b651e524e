using SentimentDashboard.Api;

namespace SentimentDashboard.Alerts;

/// <summary>Which alerts a list shows (newest first, at most <see cref="Limit"/>).</summary>
public sealed record AlertFilter(
    AlertSeverity? Severity = null, AlertRuleKind? Kind = null, long? MonitorId = null, bool UnreadOnly = false, bool OpenOnly = false, int Limit = 200)
{
    /// <summary>The filter of an API call's or export link's query string (<c>severity</c>, <c>kind</c>, <c>monitor</c>, <c>open</c>, <c>limit</c>); malformed values are ignored, as the pages do.</summary>
    public static AlertFilter FromQuery(IQueryCollection query, int defaultLimit, int maxLimit) => new(
        Enum.TryParse<AlertSeverity>(QueryValues.Text(query, "severity"), ignoreCase: true, out var severity) && Enum.IsDefined(severity) ? severity : null,
        Enum.TryParse<AlertRuleKind>(QueryValues.Text(query, "kind"), ignoreCase: true, out var kind) && Enum.IsDefined(kind) ? kind : null,
        QueryValues.Id(query, "monitor"),
        OpenOnly: QueryValues.Text(query, "open") == "1",
        Limit: QueryValues.Limit(query, defaultLimit, maxLimit));

    /// <summary>
    /// The query string of <see cref="FromQuery"/>, for the page's export link. The read state is per user and the
    /// export has every alert of the filter, so <see cref="UnreadOnly"/> is left out, as is the page's limit.
    /// </summary>
    public string ToQuery() => QueryValues.Write(
        ("severity", Severity?.ToString().ToLowerInvariant()),
        ("kind", Kind?.ToString().ToLowerInvariant()),
        ("monitor", QueryValues.Write(MonitorId)),
        ("open", OpenOnly ? "1" : null));
}
