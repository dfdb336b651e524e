using System.Runtime.InteropServices;

namespace SentimentDashboard.Transcription.PocketSphinx;

/// <summary>Whether PocketSphinx can run here, told without loading a model: its native library, then its model files.</summary>
public static class PocketSphinxInstallation
{
    /// <summary>What is missing (what, not what to do: see <see cref="PocketSphinxOptions.Fix"/>), or null when everything is there.</summary>
    public static string? FindMissing(PocketSphinxOptions options) => FindMissingLibrary() ?? options.FindMissingModel();

    private static string? FindMissingLibrary()
    {
        if (!NativeLibrary.TryLoad(PocketSphinxNative.PocketSphinx, out var handle))
        {
            return $"PocketSphinx library {PocketSphinxNative.PocketSphinx} not found";
        }

        NativeLibrary.Free(handle);
        return null;
    }
}
