namespace SentimentDashboard.Classification.Training;

public enum ClassWeighting
{
    /// <summary>Each class weighs as much in the loss as the others, whatever its share of the data.</summary>
    Balanced,
    None,
}
