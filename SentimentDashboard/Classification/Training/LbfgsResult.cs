namespace SentimentDashboard.Classification.Training;

internal sealed record LbfgsResult(double[] Solution, double Value, int Iterations);
