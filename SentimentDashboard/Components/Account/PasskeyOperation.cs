namespace SentimentDashboard.Components.Account;

/// <summary>What a passkey button asks the browser's authenticator for.</summary>
public enum PasskeyOperation
{
    Create,
    Request,
}
