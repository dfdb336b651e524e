namespace SentimentDashboard.Cli;

/// <summary>Entry point of the command-line tool: train, evaluate, predict, bench.</summary>
public static class CommandLine
{
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "train", "evaluate", "predict", "bench" };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine($"error: '{args[0]}' is not implemented yet");
        return Task.FromResult(2);
    }
}
