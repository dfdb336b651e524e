using SentimentDashboard.Classification;

namespace SentimentDashboard.Analysis.Risk;

/// <summary>The risk analysis of a typed text (the Playground), as the pipeline would store it for a post without engagement.</summary>
public sealed class TextRiskAnalyzer(ModelCatalog catalog, RiskAssessor assessor, TimeProvider time)
{
    /// <summary>Null when one of the four models is not loaded.</summary>
    public RiskAssessment? Analyze(string text)
    {
        var probabilities = new float[RiskAssessor.OutputLength];
        var offset = 0;
        foreach (var task in RiskAssessor.Tasks)
        {
            if (catalog.For(task) is not { } classifier || !classifier.Model.Labels.SequenceEqual(task.Labels))
            {
                return null;
            }

            var scores = classifier.Predict(text).Scores;
            foreach (var label in task.Labels)
            {
                probabilities[offset++] = scores[label];
            }
        }

        var now = time.GetUtcNow();
        return assessor.Assess(text, probabilities, Engagement.None, now, now);
    }
}
