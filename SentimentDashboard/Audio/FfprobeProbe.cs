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
            "-show_entries", "format=format_name:format_tags:stream=codec_type:stream_tags",
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
        var audio = json.RootElement.TryGetProperty("streams", out var streams)
            ? streams.EnumerateArray().Where(s => s.TryGetProperty("codec_type", out var type) && type.GetString() == "audio").ToList()
            : [];
        if (audio.Count == 0)
        {
            return new StreamProbe(StreamAvailability.Error, Message: $"{target} has no audio stream");
        }

        // Containers keep the title in different places: ICY and MP4 in the format's tags, Ogg in the stream's.
        var tagged = json.RootElement.TryGetProperty("format", out var format) ? [format, .. audio] : audio;
        return new StreamProbe(StreamAvailability.Live, target, tagged.Select(Title).FirstOrDefault(t => t is not null));
    }

    public static string NoAnswer(TimeSpan timeout) => string.Create(CultureInfo.InvariantCulture, $"no answer within {timeout.TotalSeconds:0.#} s");

    private static string? Title(JsonElement tagged)
    {
        if (!tagged.TryGetProperty("tags", out var tags))
        {
            return null;
        }

        var values = tags.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString(), StringComparer.OrdinalIgnoreCase);
        return TitleTags.Select(tag => values.GetValueOrDefault(tag)).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
    }
}
