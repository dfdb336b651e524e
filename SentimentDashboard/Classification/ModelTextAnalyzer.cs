namespace SentimentDashboard.Classification;

/// <summary>Runs every loaded model on a text and explains each verdict with the terms that pushed it most.</summary>
public sealed class ModelTextAnalyzer(ModelCatalog catalog) : ITextAnalyzer
{
    private const int TermsPerModel = 6;

    public IReadOnlyList<ModelOutput> Analyze(string text) =>
        catalog.Classifiers.Select(classifier =>
        {
            var prediction = classifier.Predict(text);
            var terms = classifier.Explain(text, TermsPerModel * 2)
                .Where(t => t.Weight > 0)
                .Take(TermsPerModel)
                .Select(t => t.Term)
                .ToArray();
            return new ModelOutput(prediction.Task, prediction.Label, prediction.Scores, terms);
        }).ToArray();
}
