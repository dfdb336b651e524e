using SentimentDashboard.Audio;

namespace SentimentDashboard.Tests.Audio;

public sealed class ToolProcessTests
{
    private static readonly MediaTool Shell = new("/bin/sh", "sh is missing");

    [Fact]
    public async Task RunAsync_ToolSucceeds_ReturnsItsOutput()
    {
        var result = await ToolProcess.RunAsync(Shell, ["-c", "printf '%s|' \"$@\"", "sh", "two words", "it's; $HOME"], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("two words|it's; $HOME|", result.Output);
    }

    [Fact]
    public async Task RunAsync_ToolWritesManyErrorLines_KeepsTheLastTwenty()
    {
        var result = await ToolProcess.RunAsync(Shell, ["-c", "for i in $(seq 1 50); do echo line $i >&2; done; exit 3"], TimeSpan.FromSeconds(30), CancellationToken.None);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal(Enumerable.Range(31, 20).Select(i => $"line {i}"), result.ErrorTail.Split('\n'));
    }

    [Fact]
    public async Task Start_ExecutableMissing_ThrowsCaptureExceptionWithTheHint()
    {
        var error = await Assert.ThrowsAsync<CaptureException>(() =>
            ToolProcess.RunAsync(MediaTool.Ffmpeg("/nonexistent/ffmpeg"), ["-version"], TimeSpan.FromSeconds(30), CancellationToken.None));

        Assert.Equal("ffmpeg not found at '/nonexistent/ffmpeg': apt-get install ffmpeg, or set Audio:FfmpegPath", error.Message);
    }

    [Fact]
    public async Task RunAsync_ToolOutlivesTheTimeout_KillsItAndThrowsTimeoutException()
    {
        await Assert.ThrowsAsync<TimeoutException>(() =>
            ToolProcess.RunAsync(Shell, ["-c", "sleep 60"], TimeSpan.FromMilliseconds(300), CancellationToken.None));
    }

    [Fact]
    public async Task DisposeAsync_ToolStartedChildren_KillsTheWholeTreeAndReapsIt()
    {
        var tool = ToolProcess.Start(Shell, ["-c", "sleep 60 & echo $!; wait"]);
        var (shell, child) = (tool.Id, int.Parse(await tool.StandardOutput.ReadLineAsync() ?? ""));

        await tool.DisposeAsync();

        Assert.False(Directory.Exists($"/proc/{shell}"));
        Assert.True(await StopsRunningAsync(child), $"the grandchild {child} still runs");
    }

    /// <summary>
    /// The grandchild is not ours to wait for: the kill signal reaches it asynchronously, so on a loaded machine it can
    /// still be scheduled a moment after the dispose. One that was never signalled runs on (sleep 60), so waiting a few
    /// seconds still catches that.
    /// </summary>
    private static async Task<bool> StopsRunningAsync(int pid)
    {
        for (var attempt = 0; attempt < 50 && IsRunning(pid); attempt++)
        {
            await Task.Delay(100);
        }

        return !IsRunning(pid);
    }

    /// <summary>The grandchild is reaped by init, maybe a moment later; killed, it is at most a zombie ("Z") until then.</summary>
    private static bool IsRunning(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z') is false;
        }
        catch (IOException)
        {
            return false;
        }
    }
}
