using System.Collections.Concurrent;
using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// Test audio made at test time with ffmpeg and espeak-ng (both installed by scripts/test.sh): jfk.wav (11 s, 16 kHz
/// mono) re-encoded as a stream format, synthetic speech, or an HLS rendition. Results are cached for the test run.
/// </summary>
public static class TestMedia
{
    private static readonly TimeSpan ToolTimeout = TimeSpan.FromSeconds(60);
    private static readonly ConcurrentDictionary<string, Lazy<Task<MediaClip>>> Clips = new();
    private static readonly ConcurrentDictionary<string, Lazy<Task<HlsClip>>> Renditions = new();

    /// <summary>jfk.wav as <c>wav</c> (audio/wav), <c>mp3</c> (audio/mpeg, 64 kb/s CBR) or <c>ogg</c> (audio/ogg, Vorbis).</summary>
    public static Task<MediaClip> JfkAsync(string format) =>
        Clips.GetOrAdd($"jfk.{format}", _ => new Lazy<Task<MediaClip>>(() => EncodeAsync(TestAudio.Jfk, format))).Value;

    /// <summary><paramref name="text"/> spoken by espeak-ng, encoded like <see cref="JfkAsync"/>.</summary>
    public static Task<MediaClip> SpeechAsync(string text, string format) =>
        Clips.GetOrAdd($"speech.{format}:{text}", _ => new Lazy<Task<MediaClip>>(() => SpeakAsync(text, format))).Value;

    /// <summary>jfk.wav as HLS (AAC in MPEG-TS) cut into <paramref name="segmentSeconds"/>-second segments, VOD playlist.</summary>
    public static Task<HlsClip> JfkHlsAsync(int segmentSeconds) =>
        Renditions.GetOrAdd($"jfk.hls.{segmentSeconds}", _ => new Lazy<Task<HlsClip>>(() => HlsAsync(TestAudio.Jfk, segmentSeconds))).Value;

    private static async Task<MediaClip> EncodeAsync(string wav16k, string format)
    {
        var (codec, contentType) = format switch
        {
            "wav" => (["-c:a", "pcm_s16le"], "audio/wav"),
            "mp3" => (new[] { "-c:a", "libmp3lame", "-b:a", "64k" }, "audio/mpeg"),
            "ogg" => (["-c:a", "libvorbis", "-q:a", "2"], "audio/ogg"),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "wav, mp3 or ogg"),
        };
        using var work = new TempDirectory();
        var output = Path.Combine(work.Path, "clip." + format);
        await FfmpegAsync(["-i", wav16k, .. codec, output]);
        var duration = TimeSpan.FromSeconds((double)WavFile.Read(wav16k).Length / Pcm.SampleRate);
        return new MediaClip(await File.ReadAllBytesAsync(output), contentType, duration);
    }

    /// <summary><paramref name="text"/> spoken by espeak-ng as a 16 kHz mono 16-bit WAV file in <paramref name="directory"/>; returns its path.</summary>
    public static async Task<string> SpeechWavAsync(TempDirectory directory, string text)
    {
        var spoken = Path.Combine(directory.Path, "spoken.wav");
        var wav16k = Path.Combine(directory.Path, "speech.wav");
        var espeak = await ToolProcess.RunAsync(new MediaTool("espeak-ng", "espeak-ng is not installed: apt-get install espeak-ng"), ["-w", spoken, text], ToolTimeout, CancellationToken.None);
        Assert.True(espeak.Succeeded, espeak.ErrorTail);
        await FfmpegAsync(["-i", spoken, "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", wav16k]);
        return wav16k;
    }

    private static async Task<MediaClip> SpeakAsync(string text, string format)
    {
        using var work = new TempDirectory();
        return await EncodeAsync(await SpeechWavAsync(work, text), format);
    }

    private static async Task<HlsClip> HlsAsync(string wav16k, int segmentSeconds)
    {
        using var work = new TempDirectory();
        await FfmpegAsync(
        [
            "-i", wav16k, "-c:a", "aac", "-b:a", "64k",
            "-f", "hls", "-hls_time", segmentSeconds.ToString(), "-hls_playlist_type", "vod",
            "-hls_segment_filename", Path.Combine(work.Path, "segment%03d.ts"),
            Path.Combine(work.Path, HlsClip.PlaylistName),
        ]);
        var files = Directory.EnumerateFiles(work.Path).ToDictionary(file => Path.GetFileName(file), File.ReadAllBytes);
        return new HlsClip(files, TimeSpan.FromSeconds((double)WavFile.Read(wav16k).Length / Pcm.SampleRate));
    }

    /// <summary>Runs ffmpeg (overwriting outputs, quiet unless it fails) and fails the test if it fails.</summary>
    public static async Task FfmpegAsync(string[] arguments)
    {
        var result = await ToolProcess.RunAsync(MediaTool.Ffmpeg("ffmpeg"), ["-nostdin", "-hide_banner", "-loglevel", "error", "-y", .. arguments], ToolTimeout, CancellationToken.None);
        Assert.True(result.Succeeded, $"ffmpeg {string.Join(' ', arguments)} failed: {result.ErrorTail}");
    }
}
