namespace SentimentDashboard.Cli;

/// <summary>A user error on the command line: printed as one line on stderr, exit code 2, no stack trace.</summary>
public sealed class CliException(string message) : Exception(message);
