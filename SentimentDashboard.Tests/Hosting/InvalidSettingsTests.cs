using SentimentDashboard.Audio;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Hosting;

/// <summary>The built app started as a user starts it, in a child process, with a bad argument or setting.</summary>
public sealed class InvalidSettingsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    private static readonly MediaTool Dotnet = new(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", "the dotnet host was not found");

    private readonly TempDirectory _temp = new();

    [Fact]
    public async Task A_bad_monitor_argument_stops_the_app_with_one_line_naming_it_and_exit_code_2()
    {
        var result = await StartAsync("--monitor", "rss:#news");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: Monitors:Startup:0 'rss:#news': '#news' is not an absolute URL (an rss monitor watches a web address)", result.ErrorTail);
        Assert.Empty(result.Output);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp.Path));
    }

    [Fact]
    public async Task A_word_where_a_number_goes_stops_the_app_with_one_line_naming_the_setting_and_exit_code_2()
    {
        var result = await StartAsync("--Audio:SegmentSeconds=fifteen");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("error: Audio:SegmentSeconds 'fifteen': expected a whole number", result.ErrorTail);
        Assert.Empty(result.Output);
    }

    [Fact]
    public async Task Every_bad_setting_is_reported_on_its_own_line()
    {
        var result = await StartAsync("--replay-rate", "-1", "--Whisper:Threads=0", "--Transcription:Engine=vosk");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal(
            [
                "error: Replay:Rate '-1': The field Rate must be between 0 and 10000000.",
                "error: Transcription:Engine 'vosk': expected one of Auto, Whisper, PocketSphinx",
                "error: Whisper:Threads '0': The field Threads must be between 1 and 64.",
            ],
            result.ErrorTail.Split('\n').Order(StringComparer.Ordinal));
        Assert.Empty(result.Output);
    }

    public void Dispose() => _temp.Dispose();

    private Task<ToolResult> StartAsync(params string[] args)
    {
        var app = Path.Combine(AppContext.BaseDirectory, "SentimentDashboard.dll");
        string[] arguments = [app, .. args, "--urls", "http://127.0.0.1:0", "--db", Path.Combine(_temp.Path, "app.db")];
        return ToolProcess.RunAsync(Dotnet, arguments, Patience, CancellationToken.None);
    }
}
