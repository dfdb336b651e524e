namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>The files of the test project's Fixtures/ folder, copied beside the test assembly; Fixtures/README.md says where each comes from.</summary>
public static class FixtureFiles
{
    public static string Path(params string[] relative) => System.IO.Path.Combine([AppContext.BaseDirectory, "Fixtures", .. relative]);
}
