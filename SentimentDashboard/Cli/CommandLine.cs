namespace SentimentDashboard.Cli;

/// <summary>Entry point of the command-line tool: train, evaluate, calibration, predict, bench, vectors, transcribe, whisper-model.</summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<CliArguments, CliContext, Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["train"] = TrainCommand.RunAsync,
        ["evaluate"] = EvaluateCommand.RunAsync,
        ["calibration"] = CalibrationCommand.RunAsync,
        ["predict"] = PredictCommand.RunAsync,
        ["bench"] = BenchCommand.RunAsync,
        ["vectors"] = VectorsCommand.RunAsync,
        ["transcribe"] = TranscribeCommand.RunAsync,
        ["whisper-model"] = WhisperModelCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return await Commands[args[0]](new CliArguments(args.Skip(1)), new CliContext(stdin, stdout, stderr));
        }
        catch (Exception e) when (e is CliException or InvalidDataException or IOException or UnauthorizedAccessException or ArgumentException)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return 2;
        }
    }
}
