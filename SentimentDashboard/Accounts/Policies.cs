namespace SentimentDashboard.Accounts;

/// <summary>The authorization policies every page and endpoint names.</summary>
public static class Policies
{
    /// <summary>Any signed-in user with a role: the dashboard's pages and exports.</summary>
    public const string Analyst = "analyst";

    /// <summary>Admins only: monitors, users, API keys, the audit log.</summary>
    public const string Admin = "admin";

    /// <summary>API calls that read: a signed-in user, or an API key of either scope.</summary>
    public const string ApiRead = "api-read";

    /// <summary>API calls that change what the dashboard does: an admin, or an API key of scope write.</summary>
    public const string ApiWrite = "api-write";
}
