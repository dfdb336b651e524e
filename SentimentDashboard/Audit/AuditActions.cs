namespace SentimentDashboard.Audit;

/// <summary>The names of audited actions, as stored and filtered on.</summary>
public static class AuditActions
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in.failed";
    public const string LockedOut = "sign-in.locked-out";
    public const string SignOut = "sign-out";
    public const string SetupUsed = "setup.first-admin";
    public const string UserCreated = "user.created";
    public const string RoleChanged = "user.role-changed";
    public const string PasswordReset = "user.password-reset";
    public const string PasswordChanged = "user.password-changed";
    public const string UserDisabled = "user.disabled";
    public const string UserEnabled = "user.enabled";
    public const string PasskeyAdded = "passkey.added";
    public const string PasskeyRemoved = "passkey.removed";
    public const string ApiKeyCreated = "api-key.created";
    public const string ApiKeyRevoked = "api-key.revoked";
    public const string MonitorAdded = "monitor.added";
    public const string MonitorPaused = "monitor.paused";
    public const string MonitorResumed = "monitor.resumed";
    public const string MonitorDeleted = "monitor.deleted";
    public const string AlertRuleCreated = "alert-rule.created";
    public const string AlertRuleChanged = "alert-rule.changed";
    public const string AlertRuleDeleted = "alert-rule.deleted";
    public const string AlertAcknowledged = "alert.acknowledged";

    public static IReadOnlyList<string> All { get; } =
    [
        SignIn, SignInFailed, LockedOut, SignOut, SetupUsed, UserCreated, RoleChanged, PasswordReset, PasswordChanged,
        UserDisabled, UserEnabled, PasskeyAdded, PasskeyRemoved, ApiKeyCreated, ApiKeyRevoked, MonitorAdded, MonitorPaused,
        MonitorResumed, MonitorDeleted, AlertRuleCreated, AlertRuleChanged, AlertRuleDeleted, AlertAcknowledged,
    ];
}
