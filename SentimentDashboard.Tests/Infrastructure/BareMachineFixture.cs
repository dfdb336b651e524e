using SentimentDashboard.Tests.Fakes;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// The real app (<see cref="AppFixture"/>) as a new user starts it on a machine with only the .NET SDK: ffmpeg,
/// ffprobe, yt-dlp and PocketSphinx's model folder point nowhere and no Whisper model is configured. It replays
/// <see cref="ReplayPosts"/> from the start, and a local audio server is there to point live monitors at.
/// </summary>
public sealed class BareMachineFixture : IAsyncLifetime
{
    public const string NoFfmpeg = "ffmpeg not found at '/nonexistent/ffmpeg': apt-get install ffmpeg, or set Audio:FfmpegPath";

    public const string NoTranscriptionEngine =
        "no transcription engine: apt-get install libpocketsphinx3 pocketsphinx-en-us, or fetch a Whisper model with whisper-model " +
        "and set Whisper:ModelPath (PocketSphinx acoustic model folder '/nonexistent/pocketsphinx/en-us' not found; no Whisper model configured)";

    /// <summary>Source id and text of each replayed post.</summary>
    public static readonly IReadOnlyDictionary<string, string> ReplayPosts = new Dictionary<string, string>
    {
        ["bare-1"] = "What a wonderful morning, I love this city!",
        ["bare-2"] = "The worst service ever, I hate waiting for hours",
    };

    private readonly TempDirectory _temp = new();

    public AppFixture App { get; } = new();

    public AudioStreamServer Audio { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var replay = _temp.Write("posts.jsonl", string.Join('\n', ReplayPosts.Select(p => $$"""{"id":"{{p.Key}}","text":"{{p.Value}}","lang":"en"}""")));
        App.Settings["Audio:FfmpegPath"] = "/nonexistent/ffmpeg";
        App.Settings["Audio:FfprobePath"] = "/nonexistent/ffprobe";
        App.Settings["Audio:YtDlpPath"] = "/nonexistent/yt-dlp";
        App.Settings["PocketSphinx:ModelDirectory"] = "/nonexistent/pocketsphinx";
        App.Settings["Monitors:Startup:0"] = "replay:" + replay;
        Audio = await AudioStreamServer.StartAsync();
        await App.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)App).DisposeAsync();
        await Audio.DisposeAsync();
        _temp.Dispose();
    }
}
