using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Accounts;

/// <summary>Configuration section "Security": sign-in limits, lockout and the length of a session.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Sign-in attempts (password or passkey) one address may make per minute; more get 429.</summary>
    [Range(1, 10_000)]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>API calls one key (or, without a key, one address) may make per minute; more get 429.</summary>
    [Range(1, 1_000_000)]
    public int ApiRequestsPerMinute { get; set; } = 600;

    /// <summary>Failed passwords in a row that lock an account.</summary>
    [Range(1, 100)]
    public int LockoutFailures { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>A session ends after this long without a request.</summary>
    [Range(1, 24 * 30)]
    public int SessionHours { get; set; } = 12;

    /// <summary>The largest request body the API and the forms take; uploads go over the circuit and have their own limit.</summary>
    [Range(1, 1024 * 1024)]
    public int MaxRequestBodyKilobytes { get; set; } = 1024;
}
