namespace SentimentDashboard.Cli;

/// <summary>The streams a command talks through; tests pass their own.</summary>
public sealed record CliContext(TextReader In, TextWriter Out, TextWriter Error);
