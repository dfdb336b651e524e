namespace SentimentDashboard.Components.Charts;

/// <summary>
/// One series of a <see cref="TimeChart"/>: a value per time (null where there is none), drawn in the colour every
/// page gives the label <see cref="Color"/> (negative, neutral, positive, unscored, hate, offensive).
/// </summary>
/// <param name="Key">What a click on it reports (e.g. "negative", "hate").</param>
/// <param name="Title">Its name in the legend and hover label.</param>
public sealed record TimeSeries(string Key, string Title, IReadOnlyList<double?> Values, string Color);
