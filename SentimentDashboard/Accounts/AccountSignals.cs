namespace SentimentDashboard.Accounts;

/// <summary>
/// Tells open circuits that an account changed under them (disabled, role or password changed by an admin), so that
/// they sign out at once rather than at the next revalidation.
/// </summary>
public sealed class AccountSignals
{
    public event Action<string>? SignedOut;

    public void SignOut(string userId) => SignedOut?.Invoke(userId);
}
