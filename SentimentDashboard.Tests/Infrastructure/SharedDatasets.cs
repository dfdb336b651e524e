namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Locates ../shared/datasets next to the repository root (the folder holding SentimentDashboard.sln).</summary>
public static class SharedDatasets
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Root { get; } = Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "datasets"));

    public static string File(params string[] relative) => Path.Combine([Root, .. relative]);

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(directory.FullName, "SentimentDashboard.sln")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException($"no SentimentDashboard.sln above {AppContext.BaseDirectory}");
    }
}
