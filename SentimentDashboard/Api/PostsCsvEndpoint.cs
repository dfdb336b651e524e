using System.Globalization;
using System.Runtime.CompilerServices;
using SentimentDashboard.Analysis;
using SentimentDashboard.Analysis.Risk;

namespace SentimentDashboard.Api;

/// <summary>
/// Streams the posts matching a filter (the UI's query string; no filter: every post) as CSV, oldest first, reading
/// row by row: constant memory whatever the size. Columns as in the external contract; with <c>details=risk</c> (the
/// dashboard's buttons) the risk analysis follows them.
/// </summary>
internal static class PostsCsvEndpoint
{
    private static readonly string[] Header =
        ["id", "created_at", "monitor", "author", "lang", "text", "sentiment", "sentiment_score", "hate", "offensive", "risk"];

    private static readonly string[] RiskHeader =
        [.. Header, "risk_category", "virality", "engagement_per_minute", "hate_target", "target_terms", "calibrated_negative", "calibrated_hate", "calibrated_offensive", "content_risk", "risk_justification"];

    public static Task HandleAsync(HttpContext http, DashboardQueries queries)
    {
        var details = http.Request.Query["details"] == "risk";
        var filter = PostFilter.Parse(http.Request.QueryString.Value, TimeRange.All);
        return CsvResponse.WriteAsync(http, "posts", details ? RiskHeader : Header, Rows(queries, filter, details, http.RequestAborted));
    }

    private static async IAsyncEnumerable<string?[]> Rows(DashboardQueries queries, PostFilter filter, bool details, [EnumeratorCancellation] CancellationToken cancellation)
    {
        var fields = new string?[details ? RiskHeader.Length : Header.Length];
        await foreach (var post in queries.StreamPostsAsync(filter, cancellation))
        {
            fields[0] = post.SourceId;
            fields[1] = CsvResponse.Time(post.CreatedAt);
            fields[2] = post.Monitor;
            fields[3] = post.Author;
            fields[4] = post.Language;
            fields[5] = post.Text;
            fields[6] = post.Sentiment;
            fields[7] = CsvResponse.Number(post.SentimentScore);
            fields[8] = CsvResponse.Number(post.Hate);
            fields[9] = CsvResponse.Number(post.Offensive);
            fields[10] = CsvResponse.Number(post.Risk);
            if (details)
            {
                WriteRisk(post.RiskAnalysis, fields.AsSpan(Header.Length));
            }

            yield return fields;
        }
    }

    /// <summary>The risk analysis' columns; empty for a post stored unscored or before the analysis existed.</summary>
    private static void WriteRisk(StoredRisk? risk, Span<string?> fields)
    {
        if (risk is null)
        {
            fields.Clear();
            return;
        }

        fields[0] = risk.Category;
        fields[1] = risk.Virality;
        fields[2] = risk.EngagementPerMinute.ToString("0.###", CultureInfo.InvariantCulture);
        fields[3] = risk.HateTarget;
        fields[4] = risk.TargetTerms;
        fields[5] = CsvResponse.Number(risk.CalibratedNegative);
        fields[6] = CsvResponse.Number(risk.CalibratedHate);
        fields[7] = CsvResponse.Number(risk.CalibratedOffensive);
        fields[8] = CsvResponse.Number(risk.ContentRisk);
        fields[9] = risk.Justification;
    }
}
