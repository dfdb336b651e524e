namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Tests that share one running app and one browser; they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "App";
}
