using System.ComponentModel.DataAnnotations;
using Microsoft.Data.Sqlite;

namespace SentimentDashboard.Data;

/// <summary>Configuration section "Database" (<c>--db PATH</c> sets <see cref="Path"/>).</summary>
public sealed class DatabaseOptions : IValidatableObject
{
    public const string Section = "Database";

    /// <summary>The SQLite file; a relative path is taken from the working directory (the caller's folder).</summary>
    [Required(AllowEmptyStrings = false)]
    public string Path { get; set; } = "data/sentimentdashboard.db";

    public string FullPath => System.IO.Path.GetFullPath(Path);

    public string ConnectionString => new SqliteConnectionStringBuilder
    {
        DataSource = FullPath,
        Pooling = true,

        // Seconds a statement waits for another writer's lock before failing.
        DefaultTimeout = 30,
    }.ToString();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
        {
            yield return new ValidationResult("contains characters a path cannot have (fix: give the path of a SQLite file, e.g. data/sentimentdashboard.db)", [nameof(Path)]);
        }
        else if (Directory.Exists(FullPath))
        {
            yield return new ValidationResult("is a folder (fix: give the path of a SQLite file in it, e.g. data/sentimentdashboard.db)", [nameof(Path)]);
        }
    }
}
