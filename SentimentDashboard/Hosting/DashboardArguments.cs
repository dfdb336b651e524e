using System.Globalization;

namespace SentimentDashboard.Hosting;

/// <summary>
/// Maps the dashboard's own switches onto configuration keys: <c>--db</c>, <c>--models</c>, <c>--replay-rate</c>, and
/// the repeatable <c>--monitor KIND:TARGET</c> and <c>--replay FILE</c> (= <c>--monitor replay:FILE</c>), which become
/// Monitors:Startup:0, :1, ... in order. Anything else passes through to the host.
/// </summary>
public static class DashboardArguments
{
    private const string StartupMonitorKey = "Monitors:Startup";

    private static readonly Dictionary<string, string> SwitchToKey = new(StringComparer.Ordinal)
    {
        ["--db"] = "Database:Path",
        ["--models"] = "Models:Directory",
        ["--replay-rate"] = "Replay:Rate",
    };

    private static readonly Dictionary<string, string> StartupMonitorPrefix = new(StringComparer.Ordinal)
    {
        ["--monitor"] = "",
        ["--replay"] = "replay:",
    };

    public static string[] ToConfigurationArguments(string[] args)
    {
        var result = new List<string>(args.Length);
        var monitors = 0;
        for (var i = 0; i < args.Length; i++)
        {
            if (i + 1 < args.Length && SwitchToKey.TryGetValue(args[i], out var key))
            {
                result.Add($"--{key}={args[++i]}");
            }
            else if (i + 1 < args.Length && StartupMonitorPrefix.TryGetValue(args[i], out var prefix))
            {
                result.Add(string.Create(CultureInfo.InvariantCulture, $"--{StartupMonitorKey}:{monitors++}={prefix}{args[++i]}"));
            }
            else
            {
                result.Add(args[i]);
            }
        }

        return [.. result];
    }
}
