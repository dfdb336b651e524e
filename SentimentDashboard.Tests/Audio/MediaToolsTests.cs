using System.Runtime.Versioning;
using Microsoft.Extensions.Options;
using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Audio;

public sealed class MediaToolsTests
{
    private readonly MediaTools _tools = new(Options.Create(new CaptureOptions()));

    [Fact]
    public void FindMissing_ToolOnThePath_IsNull() => Assert.Null(_tools.FindMissing(new MediaTool("sh", "sh is missing")));

    [Fact]
    public void FindMissing_DefaultNameNotOnThePath_SaysWhatToInstallAndWhichSettingPointsAtIt() =>
        Assert.Equal(
            "ffmpeg not found: apt-get install ffmpeg, or set Audio:FfmpegPath",
            _tools.FindMissing(MediaTool.Ffmpeg("ffmpeg") with { Path = "no-such-tool-for-sentimentdashboard-tests" }));

    [Fact]
    public void FindMissing_FileThatIsNotExecutable_IsMissing()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("ffprobe", "#!/bin/sh\n");

        Assert.Equal($"ffprobe not found at '{file}': apt-get install ffmpeg, or set Audio:FfprobePath", _tools.FindMissing(MediaTool.Ffprobe(file)));
    }

    [Fact]
    [SupportedOSPlatform("linux")]
    public void FindMissing_ToolInstalledAfterTheFirstLook_IsFound()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "yt-dlp");
        var tool = MediaTool.YtDlp(path);
        Assert.Equal($"yt-dlp not found at '{path}': pip install yt-dlp, or set Audio:YtDlpPath", _tools.FindMissing(tool));

        temp.Write("yt-dlp", "#!/bin/sh\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        Assert.Null(_tools.FindMissing(tool));
    }
}
