namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Where tests leave files for people to look at: <c>TEST_OUTPUT_DIR</c>, else <c>artifacts/test-output</c> in the repository.</summary>
public static class TestOutput
{
    public static string Directory { get; } = Environment.GetEnvironmentVariable("TEST_OUTPUT_DIR") is { Length: > 0 } configured
        ? Path.GetFullPath(configured)
        : Path.Combine(FindRepositoryRoot() ?? AppContext.BaseDirectory, "artifacts", "test-output");

    private static string? FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "SentimentDashboard.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
