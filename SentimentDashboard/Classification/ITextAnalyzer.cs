namespace SentimentDashboard.Classification;

/// <summary>Runs every loaded text model on one text.</summary>
public interface ITextAnalyzer
{
    /// <summary>One output per loaded model, in a stable order.</summary>
    IReadOnlyList<ModelOutput> Analyze(string text);
}
