using System.Globalization;
using System.Text.Json;

namespace SentimentDashboard.Audio;

/// <summary>Asks ffprobe whether a URL or file carries audio, and for its title from the container tags.</summary>
public static class FfprobeProbe
{
    private static readonly string[] TitleTags = ["icy-name", "title", "StreamTitle"];

    public static async Task<StreamProbe> ProbeAsync(CaptureOptions settings, string target, CancellationToken cancellation)
    {
        var timeout = TimeSpan.FromSeconds(settings.ProbeTimeoutSeconds);
        string[] arguments =
        [
            "-v", "error", "-hide_banner",
            .. MediaInput.Options(target, timeout, TimeSpan.Zero),
            "-show_entries", "format=format_name:format_tags:stream=codec_type",
            "-of", "json",
            // With -i, a target that starts with '-' is still read as the input, never as an option.
            "-i", target,
        ];
        ToolResult result;
        try
        {
            result = await ToolProcess.RunAsync(MediaTool.Ffprobe(settings.FfprobePath), arguments, timeout, cancellation);
        }
        catch (CaptureException e)
        {
            return new StreamProbe(StreamAvailability.Error, Message: e.Message);
        }
        catch (TimeoutException)
        {
            return new StreamProbe(StreamAvailability.Offline, Message: NoAnswer(timeout));
        }

        if (!result.Succeeded)
        {
            var reason = result.ErrorTail.Split('\n')[^1];
            return new StreamProbe(StreamAvailability.Offline, Message: reason.Length > 0 ? reason : $"ffprobe failed (exit code {result.ExitCode})");
        }

        using var json = JsonDocument.Parse(result.Output);
        var hasAudio = json.RootElement.TryGetProperty("streams", out var streams)
            && streams.EnumerateArray().Any(s => s.TryGetProperty("codec_type", out var type) && type.GetString() == "audio");
        return hasAudio
            ? new StreamProbe(StreamAvailability.Live, target, Title(json.RootElement))
            : new StreamProbe(StreamAvailability.Error, Message: $"{target} has no audio stream");
    }

    public static string NoAnswer(TimeSpan timeout) => string.Create(CultureInfo.InvariantCulture, $"no answer within {timeout.TotalSeconds:0.#} s");

    private static string? Title(JsonElement root)
    {
        if (!root.TryGetProperty("format", out var format) || !format.TryGetProperty("tags", out var tags))
        {
            return null;
        }

        var values = tags.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.OrdinalIgnoreCase);
        return TitleTags.Select(tag => values.GetValueOrDefault(tag)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }
}
