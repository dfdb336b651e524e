using Microsoft.AspNetCore.Identity;

namespace SentimentDashboard.Accounts;

/// <summary>A person who signs in to the dashboard (table AspNetUsers). The email is the user name.</summary>
public sealed class DashboardUser : IdentityUser
{
    /// <summary>Set by an admin: a disabled user cannot sign in, and their open pages are signed out.</summary>
    public bool Disabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? LastSignInAt { get; set; }
}
