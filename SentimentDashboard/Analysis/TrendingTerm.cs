namespace SentimentDashboard.Analysis;

/// <summary>A term used far more in the recent window than its baseline predicts; <see cref="Score"/> is a Poisson z-score.</summary>
public sealed record TrendingTerm(string Term, int Recent, double Expected, double Score);
