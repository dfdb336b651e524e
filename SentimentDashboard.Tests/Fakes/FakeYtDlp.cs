using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>A yt-dlp stand-in (yt-dlp is not installable here): a shell script that prints what the real one prints for a case.</summary>
public static class FakeYtDlp
{
    /// <summary>Writes the executable script with <paramref name="body"/> into <paramref name="directory"/>; returns its path.</summary>
    public static string Write(TempDirectory directory, string body)
    {
        var path = directory.Write("yt-dlp", "#!/bin/sh\n" + body + "\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }
}
