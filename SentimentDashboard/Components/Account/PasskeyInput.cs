namespace SentimentDashboard.Components.Account;

/// <summary>What wwwroot/js/passkey.js posts with the form: the credential as JSON, or why there is none.</summary>
public sealed class PasskeyInput
{
    public string? CredentialJson { get; set; }

    public string? Error { get; set; }
}
