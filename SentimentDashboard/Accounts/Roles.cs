namespace SentimentDashboard.Accounts;

/// <summary>
/// The two roles. Admins change what the dashboard watches and who may use it (monitors, alert rules, models, users,
/// API keys); analysts look: view, drill down, export, acknowledge alerts, correct labels.
/// </summary>
public static class Roles
{
    public const string Admin = "admin";

    public const string Analyst = "analyst";

    public static IReadOnlyList<string> All { get; } = [Admin, Analyst];
}
