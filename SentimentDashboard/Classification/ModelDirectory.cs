namespace SentimentDashboard.Classification;

/// <summary>
/// Finds the shipped <c>models/</c> folder: as configured, else under the working directory, else in a parent of the
/// executable's folder (so both <c>dotnet run</c> and the built apphost started from the repository find it).
/// </summary>
public static class ModelDirectory
{
    public const string FolderName = "models";

    public static string? Find(string? configured = null)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return Directory.Exists(configured) ? Path.GetFullPath(configured) : null;
        }

        var candidates = new List<string> { Path.Combine(Directory.GetCurrentDirectory(), FolderName) };
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            candidates.Add(Path.Combine(dir.FullName, FolderName));
        }

        return candidates.FirstOrDefault(c => Directory.Exists(c) && Directory.EnumerateFiles(c, "*.model").Any());
    }

    /// <summary>The shipped model file of a task, e.g. models/sentiment.model.</summary>
    public static string PathOf(string directory, ClassificationTask task) => Path.Combine(directory, task.Name + ".model");
}
