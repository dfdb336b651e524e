using Microsoft.AspNetCore.Components;
using SentimentDashboard.Components.Dashboard;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Components.Pages;

/// <summary>Add, pause, resume and delete monitors; states follow the status board live.</summary>
public sealed partial class Monitors : IDisposable
{
    private static readonly MonitorKind[] Kinds = [MonitorKind.Mastodon, MonitorKind.Live, MonitorKind.Replay];

    private IReadOnlyList<MonitorInfo> monitors = [];
    private MonitorKind kind = MonitorKind.Mastodon;
    private string? target;
    private string? message;
    private IDisposable? subscription;

    [Inject]
    private MonitorRegistry Registry { get; set; } = default!;

    [Inject]
    private MonitorStatusBoard StatusBoard { get; set; } = default!;

    private string Placeholder => kind switch
    {
        MonitorKind.Mastodon => "https://mastodon.social/tags/news",
        MonitorKind.Live => "https://host/stream.m3u8 or https://www.tiktok.com/@user/live",
        _ => "/path/to/posts.jsonl",
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

    private async Task AddAsync()
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            message = "Give a target first.";
            return;
        }

        var result = await Registry.AddAsync(kind, target.Trim());
        message = result.Succeeded ? $"Added monitor #{result.Monitor!.Id}." : result.Error;
        if (result.Succeeded)
        {
            target = null;
        }

        await ReloadAsync();
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
