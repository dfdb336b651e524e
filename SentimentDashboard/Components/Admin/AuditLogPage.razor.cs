using SentimentDashboard.Audit;

namespace SentimentDashboard.Components.Admin;

/// <summary>The audit log, newest first, filtered by action and text; the export link carries the same filter.</summary>
public sealed partial class AuditLogPage(AuditQueries queries)
{
    private string? action;

    private string ExportHref => "export/audit.csv" + new AuditFilter(action, Search).ToQuery();

    protected override void OnInitialized() => PagesFrom((page, cancellation) => queries.PageAsync(new AuditFilter(action), page, cancellation));

    private async Task FilterAsync(string? value)
    {
        action = value;
        await SearchAsync(Search);
    }
}
