namespace SentimentDashboard.Classification.Training;

/// <summary>A step of training, for progress bars: the stage, and the optimiser's iteration and loss while it runs.</summary>
public sealed record TrainingProgress(string Stage, int Iteration, int MaxIterations, double Loss);
