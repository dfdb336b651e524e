using System.Globalization;
using SentimentDashboard.Transcription;
using SentimentDashboard.Transcription.Whisper;

namespace SentimentDashboard.Cli;

/// <summary>
/// <c>whisper-model --name base.en [--out models/whisper] [--base-url URL] [--sha256 HEX]</c>: downloads a whisper.cpp
/// model (resuming an interrupted download), prints its path on stdout.
/// </summary>
internal static class WhisperModelCommand
{
    public static async Task<int> RunAsync(CliArguments args, CliContext io)
    {
        var name = args.Required("name");
        var output = args.Optional("out") ?? Path.Combine("models", "whisper");
        var baseUrl = args.Optional("base-url");
        var sha256 = args.Optional("sha256");
        args.RejectUnknown();
        Uri? baseAddress = null;
        if (baseUrl is not null && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out baseAddress) && baseAddress.Scheme is "http" or "https"))
        {
            throw new CliException($"--base-url: '{baseUrl}' is not an http(s) URL");
        }

        using var http = new HttpClient(new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(30) });
        using var line = new ProgressLine(io.Error);
        var progress = new InlineProgress<(long Received, long? Total)>(p => line.UpdateBytes($"ggml-{name}.bin", p.Received, p.Total));
        DownloadedModel model;
        try
        {
            model = await new WhisperModelDownloader(http, baseAddress).DownloadAsync(name, output, sha256, progress, CancellationToken.None);
        }
        catch (TranscriptionException e)
        {
            throw new CliException(e.Message);
        }

        line.Done();
        var size = (model.Length / 1e6).ToString("F1", CultureInfo.InvariantCulture);
        await io.Error.WriteLineAsync(model.Downloaded ? $"downloaded {model.Path} ({size} MB)" : $"{model.Path} is already there ({size} MB)");
        await io.Out.WriteLineAsync(model.Path);
        return 0;
    }
}
