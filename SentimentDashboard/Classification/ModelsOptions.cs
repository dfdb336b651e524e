namespace SentimentDashboard.Classification;

/// <summary>Configuration section "Models".</summary>
public sealed class ModelsOptions
{
    public const string Section = "Models";

    /// <summary>Folder of the model files; empty: the shipped <c>models/</c> folder, found as <see cref="ModelDirectory"/> describes.</summary>
    public string? Directory { get; set; }
}
