using System.Text.Json;

namespace SentimentDashboard.Audio;

/// <summary>
/// Resolves a platform page (a TikTok, YouTube or Twitch channel or live) with one <c>yt-dlp -J -f bestaudio/best</c>
/// run: its JSON carries the chosen format's media URL, the title, <c>concurrent_view_count</c> and whether it is live.
/// </summary>
public static class YtDlpProbe
{
    private static readonly string[] NotLiveErrors = ["not currently live", "is offline", "not live", "will begin", "premieres in"];
    private static readonly string[] MissingErrors = ["404", "does not exist", "doesn't exist", "not found", "unavailable"];

    public static async Task<StreamProbe> ProbeAsync(CaptureOptions settings, Uri page, string domain, CancellationToken cancellation)
    {
        var tool = MediaTool.YtDlp(settings.YtDlpPath, $"{domain} pages");
        string[] arguments = ["-J", "--no-playlist", "--no-warnings", "-f", "bestaudio/best", page.AbsoluteUri];
        var timeout = TimeSpan.FromSeconds(settings.ProbeTimeoutSeconds);
        try
        {
            var result = await ToolProcess.RunAsync(tool, arguments, timeout, cancellation);
            return result.Succeeded ? FromJson(result.Output) : FromError(result);
        }
        catch (CaptureException e)
        {
            return new StreamProbe(StreamAvailability.Error, Message: e.Message);
        }
        catch (TimeoutException)
        {
            return new StreamProbe(StreamAvailability.Offline, Message: "yt-dlp: " + FfprobeProbe.NoAnswer(timeout));
        }
        catch (JsonException e)
        {
            return new StreamProbe(StreamAvailability.Error, Message: "yt-dlp printed no valid JSON: " + e.Message);
        }
    }

    private static StreamProbe FromJson(string output)
    {
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        var title = String(root, "title");
        var viewers = root.TryGetProperty("concurrent_view_count", out var count) && count.TryGetInt32(out var n) ? n : (int?)null;
        var live = (root.TryGetProperty("is_live", out var isLive) && isLive.ValueKind == JsonValueKind.True)
            || String(root, "live_status") == "is_live";
        if (!live)
        {
            return new StreamProbe(StreamAvailability.OnlineNotLive, Title: title, Message: "not live now");
        }

        return String(root, "url") is { } url
            ? new StreamProbe(StreamAvailability.Live, url, title, viewers)
            : new StreamProbe(StreamAvailability.Error, Title: title, Viewers: viewers, Message: "yt-dlp found the live but no single audio format to capture");
    }

    private static StreamProbe FromError(ToolResult result)
    {
        var error = result.ErrorTail.Split('\n').LastOrDefault(l => l.StartsWith("ERROR", StringComparison.Ordinal)) ?? result.ErrorTail.Split('\n')[^1];
        var availability = NotLiveErrors.Any(e => error.Contains(e, StringComparison.OrdinalIgnoreCase)) ? StreamAvailability.OnlineNotLive
            : MissingErrors.Any(e => error.Contains(e, StringComparison.OrdinalIgnoreCase)) ? StreamAvailability.Offline
            : StreamAvailability.Error;
        return new StreamProbe(availability, Message: error.Length > 0 ? error : $"yt-dlp failed (exit code {result.ExitCode})");
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
