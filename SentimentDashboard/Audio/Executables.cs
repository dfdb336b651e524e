namespace SentimentDashboard.Audio;

/// <summary>
/// Finds an executable where <see cref="System.Diagnostics.Process.Start()"/> looks for it: a rooted path as given;
/// otherwise beside the app, in the current folder, then in each folder of PATH.
/// </summary>
public static class Executables
{
    private const UnixFileMode AnyExecute = UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;

    public static bool Exist(string path)
    {
        if (Path.IsPathRooted(path))
        {
            return IsExecutable(path);
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        string?[] nearby = [Path.GetDirectoryName(Environment.ProcessPath), Directory.GetCurrentDirectory()];
        return nearby.OfType<string>().Concat(folders).Any(folder => Candidates(Path.Combine(folder, path)).Any(IsExecutable));
    }

    private static string[] Candidates(string path) => OperatingSystem.IsWindows() ? [path, path + ".exe"] : [path];

    private static bool IsExecutable(string file) =>
        File.Exists(file) && (OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & AnyExecute) != 0);
}
