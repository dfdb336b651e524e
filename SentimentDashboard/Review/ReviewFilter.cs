using SentimentDashboard.Api;

namespace SentimentDashboard.Review;

/// <summary>
/// Which items a list shows: the pending ones (highest risk first) or the decided ones (latest decision first),
/// narrowed to one decision or monitor.
/// </summary>
public sealed record ReviewFilter(bool Decided = false, ReviewStatus? Status = null, long? MonitorId = null, int Limit = 200)
{
    /// <summary>The filter of an API call's or export link's query string (<c>decided</c>, <c>status</c>, <c>monitor</c>, <c>limit</c>); malformed values are ignored.</summary>
    public static ReviewFilter FromQuery(IQueryCollection query, int defaultLimit, int maxLimit)
    {
        var status = ReviewNames.Parse(QueryValues.Text(query, "status"));
        return new ReviewFilter(
            Decided: QueryValues.Text(query, "decided") == "1" || status is not null and not ReviewStatus.Pending,
            status is ReviewStatus.Pending ? null : status,
            QueryValues.Id(query, "monitor"),
            QueryValues.Limit(query, defaultLimit, maxLimit));
    }

    /// <summary>The query string of <see cref="FromQuery"/>, for the page's export link (the page's limit left out).</summary>
    public string ToQuery() => QueryValues.Write(
        ("decided", Decided ? "1" : null),
        ("status", Status is { } status ? ReviewNames.Of(status) : null),
        ("monitor", QueryValues.Write(MonitorId)));
}
