namespace SentimentDashboard.Alerts;

/// <summary>A rule as the audit log records it (before and after an edit).</summary>
public sealed record AlertRuleSnapshot(
    string Name, AlertRuleKind Kind, AlertSeverity Severity, bool Enabled, long? MonitorId, double Threshold, string? Terms, SpikeSignal Signal,
    int MinPosts, MonitorEventKind Events, int SilentMinutes, int GroupMinutes, int CooldownMinutes, string? WebhookUrl = null, bool WebhookText = false)
{
    public static AlertRuleSnapshot Of(AlertRuleEntity r) =>
        new(r.Name, r.Kind, r.Severity, r.Enabled, r.MonitorId, r.Threshold, r.Kind == AlertRuleKind.WatchList ? r.Terms : null, r.Signal, r.MinPosts, r.Events,
            r.SilentMinutes, r.GroupMinutes, r.CooldownMinutes, r.WebhookUrl, r.WebhookText);

    public void ApplyTo(AlertRuleEntity rule)
    {
        (rule.Name, rule.Kind, rule.Severity, rule.Enabled, rule.MonitorId, rule.Threshold, rule.Terms) = (Name.Trim(), Kind, Severity, Enabled, MonitorId, Threshold, Terms);
        (rule.Signal, rule.MinPosts, rule.Events, rule.SilentMinutes, rule.GroupMinutes, rule.CooldownMinutes) = (Signal, MinPosts, Events, SilentMinutes, GroupMinutes, CooldownMinutes);
        (rule.WebhookUrl, rule.WebhookText) = (string.IsNullOrWhiteSpace(WebhookUrl) ? null : WebhookUrl.Trim(), WebhookText);
    }

    /// <summary>Longest watch list, in characters: the form's field sends its whole value over the circuit with each change.</summary>
    public const int MaxTermsLength = 8_000;

    public const int MaxWebhookLength = 2_000;

    /// <summary>What is wrong with the rule, in words for the form; empty when it can be saved.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 100)
        {
            problems.Add("Name the rule (at most 100 characters).");
        }

        if (Kind is AlertRuleKind.Risk or AlertRuleKind.Hate && Threshold is < 0.01 or > 1 or double.NaN)
        {
            problems.Add("The threshold is a probability between 0.01 and 1.");
        }

        if (Kind == AlertRuleKind.Spike && (Threshold is < 1 or > 10 or double.NaN || MinPosts is < 1 or > 100_000))
        {
            problems.Add("A spike needs k between 1 and 10 standard deviations and at least one post a minute.");
        }

        if (Kind == AlertRuleKind.WatchList && (new WatchList(Terms).IsEmpty || Terms!.Length > MaxTermsLength))
        {
            problems.Add($"List at least one term or phrase (one a line, two letters or more; {MaxTermsLength:N0} characters in all at most).");
        }

        if (Kind == AlertRuleKind.MonitorEvent && (Events == MonitorEventKind.None || Events.HasFlag(MonitorEventKind.FellSilent) && SilentMinutes is < 1 or > 10_080))
        {
            problems.Add("Pick the monitor events to watch; silence needs its minutes (1 to 10080).");
        }

        if (GroupMinutes is < 0 or > 10_080 || CooldownMinutes is < 0 or > 10_080)
        {
            problems.Add("Grouping and cooldown are minutes between 0 and 10080.");
        }

        if (!string.IsNullOrWhiteSpace(WebhookUrl) && (WebhookUrl.Length > MaxWebhookLength
            || !(Uri.TryCreate(WebhookUrl.Trim(), UriKind.Absolute, out var webhook) && webhook.Scheme is "http" or "https")))
        {
            problems.Add($"The webhook is an http or https address ({MaxWebhookLength:N0} characters at most).");
        }

        return problems;
    }
}
