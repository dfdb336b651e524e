using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Accounts;

/// <summary>
/// Configuration section "Dashboard" as far as accounts are concerned. There is no default password: on a database
/// without users the first admin is <see cref="AdminEmail"/> with <see cref="AdminPassword"/> when both are set, else
/// whoever first opens the one-time setup link printed at start.
/// </summary>
public sealed class AccountOptions : IValidatableObject
{
    public const string Section = "Dashboard";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    /// <summary>How long the setup link printed at start stays valid.</summary>
    [Range(1, 24 * 60)]
    public int SetupLinkMinutes { get; set; } = 60;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(AdminEmail) && !new EmailAddressAttribute().IsValid(AdminEmail))
        {
            yield return new ValidationResult("not an email address", [nameof(AdminEmail)]);
        }

        if (string.IsNullOrEmpty(AdminEmail) != string.IsNullOrEmpty(AdminPassword))
        {
            yield return new ValidationResult(
                "set both Dashboard:AdminEmail and Dashboard:AdminPassword to create the first admin, or neither to get a setup link",
                [string.IsNullOrEmpty(AdminEmail) ? nameof(AdminEmail) : nameof(AdminPassword)]);
        }
    }
}
