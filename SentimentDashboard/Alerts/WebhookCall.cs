namespace SentimentDashboard.Alerts;

/// <summary>One webhook POST waiting to be sent: the rule's address and the body, already serialized.</summary>
internal sealed record WebhookCall(string Url, string RuleName, string Json);
