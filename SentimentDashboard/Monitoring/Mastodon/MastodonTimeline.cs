namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>Which timeline of an instance a Mastodon monitor reads.</summary>
public enum MastodonTimeline
{
    /// <summary><c>https://instance/tags/NAME</c>: public statuses with a hashtag.</summary>
    Hashtag,

    /// <summary><c>https://instance/@USER</c> or <c>@USER@DOMAIN</c>: an account's statuses and boosts.</summary>
    Account,

    /// <summary><c>https://instance/public</c>: every public status the instance knows.</summary>
    Federated,

    /// <summary><c>https://instance/public/local</c>: public statuses of the instance's own users.</summary>
    Local,
}
