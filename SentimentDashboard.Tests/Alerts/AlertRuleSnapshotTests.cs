using SentimentDashboard.Alerts;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Tests.Alerts;

public sealed class AlertRuleSnapshotTests
{
    private static readonly AlertRuleSnapshot Watch = new(
        "Watch", AlertRuleKind.WatchList, AlertSeverity.Warning, true, null, 0, "riot", SpikeSignal.Negative, 0, MonitorEventKind.None, 0,
        GroupMinutes: 10, CooldownMinutes: 30, WebhookUrl: "https://hooks.example/alerts");

    [Fact]
    public void Problems_WatchListAndWebhookWithinTheirLimits_None() =>
        Assert.Empty((Watch with { Terms = string.Join('\n', Enumerable.Repeat("riot", AlertRuleSnapshot.MaxTermsLength / 5)) }).Problems());

    [Fact]
    public void Problems_WatchListLongerThanTheLimit_NamesTheLimit()
    {
        var problem = Assert.Single((Watch with { Terms = new string('a', AlertRuleSnapshot.MaxTermsLength + 1) }).Problems());

        Assert.Contains("8,000 characters", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_WebhookLongerThanTheLimit_NamesTheLimit()
    {
        var url = "https://hooks.example/" + new string('a', AlertRuleSnapshot.MaxWebhookLength);

        var problem = Assert.Single((Watch with { WebhookUrl = url }).Problems());

        Assert.Contains("2,000 characters", problem, StringComparison.Ordinal);
    }
}
