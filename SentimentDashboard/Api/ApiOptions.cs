namespace SentimentDashboard.Api;

/// <summary>Configuration section "Dashboard" as far as the HTTP API is concerned.</summary>
public sealed class ApiOptions
{
    public const string Section = "Dashboard";

    /// <summary>The value the <c>X-Api-Key</c> header must carry (env <c>Dashboard__ApiKey</c>); unset: the API takes no key.</summary>
    public string? ApiKey { get; set; }
}
