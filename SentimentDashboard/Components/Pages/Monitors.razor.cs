using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Monitoring.Replay;

namespace SentimentDashboard.Components.Pages;

/// <summary>Add, pause, resume and delete monitors; states follow the status board live.</summary>
public sealed partial class Monitors : IDisposable
{
    private static readonly MonitorKind[] Kinds = [MonitorKind.Mastodon, MonitorKind.Live, MonitorKind.Replay];

    private IReadOnlyList<MonitorInfo> monitors = [];
    private MonitorKind kind = MonitorKind.Mastodon;
    private string? target;
    private IBrowserFile? replayFile;
    private string? message;
    private IDisposable? subscription;

    [Inject]
    private MonitorRegistry Registry { get; set; } = default!;

    [Inject]
    private MonitorStatusBoard StatusBoard { get; set; } = default!;

    [Inject]
    private ReplayUploads Uploads { get; set; } = default!;

    private string Placeholder => kind switch
    {
        MonitorKind.Mastodon => "https://mastodon.social/tags/news",
        MonitorKind.Live => "https://host/stream.m3u8 or https://www.tiktok.com/@user/live",
        _ => "",
    };

    protected override async Task OnInitializedAsync()
    {
        var refresh = new Coalescer(TimeSpan.FromMilliseconds(500), () => InvokeAsync(async () =>
        {
            try
            {
                await ReloadAsync();
                StateHasChanged();
            }
            catch (Exception e)
            {
                await DispatchExceptionAsync(e);
            }
        }));
        subscription = StatusBoard.Subscribe(_ => refresh.Trigger());
        await ReloadAsync();
    }

    public void Dispose() => subscription?.Dispose();

    private async Task ReloadAsync() => monitors = await Registry.ListAsync();

    private void Choose(InputFileChangeEventArgs e)
    {
        replayFile = e.File;
        message = string.Create(CultureInfo.InvariantCulture, $"{e.File.Name} ({e.File.Size / 1048576.0:F1} MB) is ready: Add monitor uploads it.");
    }

    private async Task AddAsync()
    {
        if (kind == MonitorKind.Replay)
        {
            await AddReplayAsync();
            return;
        }

        if (string.IsNullOrWhiteSpace(target))
        {
            message = "Give a target first.";
            return;
        }

        if (await AddMonitorAsync(target.Trim()))
        {
            target = null;
        }
    }

    /// <summary>Replays come from an uploaded file, never from a path typed here: the page must not read the server's files.</summary>
    private async Task AddReplayAsync()
    {
        if (replayFile is not { } file)
        {
            message = "Choose a replay file first.";
            return;
        }

        if (file.Size > Uploads.MaxBytes)
        {
            message = Uploads.TooLarge(file.Name);
            return;
        }

        var shown = Stopwatch.GetTimestamp();
        var finished = false;
        var progress = new Progress<long>(read =>
        {
            // At most four repaints a second, however fast the bytes arrive. Progress<T> posts its reports, so one can
            // arrive after the upload has finished: it must not overwrite the outcome.
            if (finished || Stopwatch.GetElapsedTime(shown) < TimeSpan.FromMilliseconds(250))
            {
                return;
            }

            shown = Stopwatch.GetTimestamp();
            message = string.Create(CultureInfo.InvariantCulture, $"Uploading {file.Name}: {read / 1048576.0:F1} of {file.Size / 1048576.0:F1} MB");
            StateHasChanged();
        });
        message = $"Uploading {file.Name}…";
        StateHasChanged();
        await using var content = file.OpenReadStream(Uploads.MaxBytes);
        var upload = await Uploads.SaveAsync(file.Name, content, progress);
        finished = true;
        if (upload.Path is null)
        {
            message = upload.Error;
            return;
        }

        if (await AddMonitorAsync(upload.Path))
        {
            replayFile = null;
        }
    }

    private async Task<bool> AddMonitorAsync(string monitorTarget)
    {
        var result = await Registry.AddAsync(kind, monitorTarget);
        message = result.Succeeded ? $"Added monitor #{result.Monitor!.Id}." : result.Error;
        await ReloadAsync();
        return result.Succeeded;
    }

    private async Task Run(Task<bool> action)
    {
        message = await action ? null : "That monitor no longer exists.";
        await ReloadAsync();
    }

    private static string StateOf(MonitorInfo monitor, MonitorLiveStatus? live) =>
        monitor.Paused ? "paused" : (live?.State ?? monitor.State).ToString().ToLowerInvariant();

    private static bool IsDemo(MonitorInfo monitor) => MonitoringOptions.DemoMonitors.Contains($"{MonitorTargets.KindName(monitor.Kind)}:{monitor.Target}");
}
