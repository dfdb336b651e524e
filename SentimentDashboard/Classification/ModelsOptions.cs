using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Classification;

/// <summary>Configuration section "Models".</summary>
public sealed class ModelsOptions : IValidatableObject
{
    public const string Section = "Models";

    /// <summary>Folder of the model files; empty: the shipped <c>models/</c> folder, found as <see cref="ModelDirectory"/> describes.</summary>
    public string? Directory { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Directory) && !System.IO.Directory.Exists(Directory))
        {
            yield return new ValidationResult(
                $"no such folder (fix: give the folder of the .model files, or leave {Section}:Directory unset for the shipped models/)",
                [nameof(Directory)]);
        }
    }
}
