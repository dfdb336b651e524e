using System.Diagnostics;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Audio for tests: the shared jfk.wav, speech synthesized with espeak-ng, and files made with ffmpeg.</summary>
public static class TestAudio
{
    /// <summary>11 s of JFK's inaugural address, 16 kHz mono 16-bit.</summary>
    public static string Jfk { get; } = Path.GetFullPath(Path.Combine(SharedDatasets.RepositoryRoot, "..", "shared", "audio", "jfk.wav"));

    public const string JfkReference =
        "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country.";

    /// <summary>Speaks <paramref name="text"/> with espeak-ng and converts it to 16 kHz mono; returns the WAV's path.</summary>
    public static string Speak(TempDirectory directory, string text)
    {
        var raw = Path.Combine(directory.Path, "espeak.wav");
        Run("espeak-ng", "-w", raw, text);
        return Ffmpeg(directory, "speech.wav", "-i", raw, "-ar", "16000", "-ac", "1");
    }

    /// <summary>Runs ffmpeg with <paramref name="arguments"/> writing <paramref name="name"/> in the directory; returns its path.</summary>
    public static string Ffmpeg(TempDirectory directory, string name, params string[] arguments)
    {
        var output = Path.Combine(directory.Path, name);
        Run("ffmpeg", ["-y", "-nostdin", "-loglevel", "error", .. arguments, output]);
        return output;
    }

    private static void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(1)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} did not finish within a minute");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {errors.Result}");
        }
    }
}
