using System.Globalization;
using MudBlazor;
using SentimentDashboard.Alerts;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Components.Alerts;

/// <summary>Admins add, edit, switch off and delete alert rules; every change is validated on the server and audited.</summary>
public sealed partial class AlertRulesPage(AlertRuleStore store, DashboardQueries queries, IDialogService dialogs)
{
    private const string Refusal = "Only admins edit alert rules.";

    private static readonly MonitorEventKind[] EventKinds =
        [MonitorEventKind.WentLive, MonitorEventKind.LiveEnded, MonitorEventKind.Failed, MonitorEventKind.FellSilent];

    private IReadOnlyList<AlertRuleEntity> rules = [];
    private IReadOnlyList<MonitorChoice> monitors = [];
    private RuleForm form = new();
    private long? editing;
    private bool busy;

    protected override async Task OnInitializedAsync()
    {
        rules = await store.ListAsync(CancellationToken.None);
        monitors = await queries.MonitorChoicesAsync(CancellationToken.None);
    }

    private async Task SaveAsync()
    {
        if (await AdminAsync(Refusal) is not { } admin)
        {
            return;
        }

        busy = true;
        var (id, problems) = await store.SaveAsync(editing, form.Snapshot(), admin.Actor, CancellationToken.None);
        busy = false;
        if (id is null)
        {
            Snackbar.Add(string.Join(" ", problems), Severity.Warning);
            return;
        }

        Snackbar.Add($"Saved '{form.Name?.Trim()}'.", Severity.Success);
        Reset();
        rules = await store.ListAsync(CancellationToken.None);
    }

    private async Task DeleteAsync(AlertRuleEntity rule)
    {
        var confirmed = await dialogs.ShowMessageBoxAsync("Delete this rule?", $"'{rule.Name}' stops raising alerts; its past alerts stay.", yesText: "Delete", cancelText: "Cancel");
        if (confirmed != true || await AdminAsync(Refusal) is not { } admin)
        {
            return;
        }

        await store.DeleteAsync(rule.Id, admin.Actor, CancellationToken.None);
        rules = await store.ListAsync(CancellationToken.None);
    }

    private void Edit(AlertRuleEntity rule) => (editing, form) = (rule.Id, RuleForm.Of(rule));

    private void Reset() => (editing, form) = (null, new RuleForm());

    private static string Describe(AlertRuleEntity rule) => rule.Kind switch
    {
        AlertRuleKind.Risk or AlertRuleKind.Hate => $"≥ {rule.Threshold.ToString("0.##", CultureInfo.InvariantCulture)}",
        AlertRuleKind.WatchList => string.Join(", ", (rule.Terms ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)),
        AlertRuleKind.Spike => $"{rule.Signal.ToString().ToLowerInvariant()} posts/min > baseline + {rule.Threshold.ToString("0.#", CultureInfo.InvariantCulture)}σ, at least {rule.MinPosts}",
        _ => string.Join(", ", EventKinds.Where(k => rule.Events.HasFlag(k)).Select(MonitorEvents.EventText)),
    };

    /// <summary>The form's fields, bound two-way.</summary>
    private sealed class RuleForm
    {
        public string? Name { get; set; }
        public AlertRuleKind Kind { get; set; } = AlertRuleKind.Hate;
        public AlertSeverity Severity { get; set; } = AlertSeverity.Warning;
        public long? MonitorId { get; set; }
        public double Threshold { get; set; } = 0.8;
        public string? Terms { get; set; }
        public SpikeSignal Signal { get; set; } = SpikeSignal.Hateful;
        public int MinPosts { get; set; } = 5;
        public MonitorEventKind Events { get; set; } = MonitorEventKind.Failed;
        public int SilentMinutes { get; set; } = 30;
        public int GroupMinutes { get; set; } = 10;
        public int CooldownMinutes { get; set; } = 30;
        public bool Enabled { get; set; } = true;
        public string? WebhookUrl { get; set; }
        public bool WebhookText { get; set; }

        public AlertRuleSnapshot Snapshot() => new(
            Name ?? "", Kind, Severity, Enabled, MonitorId, Threshold, Terms, Signal, MinPosts, Events, SilentMinutes, GroupMinutes, CooldownMinutes, WebhookUrl, WebhookText);

        public static RuleForm Of(AlertRuleEntity r) => new()
        {
            Name = r.Name, Kind = r.Kind, Severity = r.Severity, MonitorId = r.MonitorId, Threshold = r.Threshold, Terms = r.Terms, Signal = r.Signal,
            MinPosts = r.MinPosts, Events = r.Events, SilentMinutes = r.SilentMinutes, GroupMinutes = r.GroupMinutes, CooldownMinutes = r.CooldownMinutes,
            Enabled = r.Enabled, WebhookUrl = r.WebhookUrl, WebhookText = r.WebhookText,
        };
    }
}
