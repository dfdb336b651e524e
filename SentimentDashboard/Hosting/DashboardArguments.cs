namespace SentimentDashboard.Hosting;

/// <summary>Maps the dashboard's own switches (--db, --replay, ...) onto configuration keys.</summary>
public static class DashboardArguments
{
    private static readonly Dictionary<string, string> SwitchToKey = new(StringComparer.Ordinal)
    {
        ["--db"] = "Database:Path",
        ["--models"] = "Models:Directory",
    };

    public static string[] ToConfigurationArguments(string[] args)
    {
        var result = new List<string>(args.Length);
        for (var i = 0; i < args.Length; i++)
        {
            if (SwitchToKey.TryGetValue(args[i], out var key) && i + 1 < args.Length)
            {
                result.Add($"--{key}={args[++i]}");
            }
            else
            {
                result.Add(args[i]);
            }
        }

        return [.. result];
    }
}
