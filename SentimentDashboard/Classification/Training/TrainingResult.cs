using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification.Training;

public sealed record TrainingResult(LinearModel Model, EvaluationReport? Validation);
