namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>The checkout the tests run from: the first folder above the test assembly that holds SentimentDashboard.sln.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "SentimentDashboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no SentimentDashboard.sln above {AppContext.BaseDirectory}");
    }
}
