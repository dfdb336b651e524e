using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using SentimentDashboard.Components.MonitorList;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Components.MonitorList;

/// <summary>The add-monitor form against the real registry and upload store on a SQLite file.</summary>
public sealed class AddMonitorFormTests : DataComponentTestContext
{
    private const string PostLine = """{"id":"1","text":"What a lovely day at the seaside"}""";

    private readonly List<MonitorInfo> added = [];
    private IRenderedComponent<MudPopoverProvider> popovers = null!;

    private ISnackbar Snackbar => Services.GetRequiredService<ISnackbar>();

    [Fact]
    public async Task Add_WithoutTarget_AsksForOne_AndAddsNothing()
    {
        var form = RenderForm();

        await AddAsync(form);

        Assert.Equal("Give the address to watch.", ErrorText(form));
        Assert.Empty(await Host.Registry.ListAsync());
        Assert.Empty(added);
    }

    [Theory]
    [InlineData("mastodon.social/tags/news", "'mastodon.social/tags/news' is not an absolute URL (a mastodon monitor watches a web address).")]
    [InlineData("ftp://mastodon.social/tags/news", "'ftp://mastodon.social/tags/news': a mastodon monitor cannot watch ftp: addresses (use http or https).")]
    public async Task Add_TargetThatIsNotAWebAddress_SaysWhy(string target, string message)
    {
        var form = RenderForm();

        form.Find(".monitor-target input").Change(target);
        await AddAsync(form);

        Assert.Equal(message, ErrorText(form));
        Assert.Empty(await Host.Registry.ListAsync());
    }

    [Fact]
    public async Task Add_LiveStreamUrl_StoresTheMonitor_SaysSo_AndClearsTheField()
    {
        var form = RenderForm();

        await AddLiveAsync(form, "rtmp://127.0.0.1:1/live/stream");

        var monitor = Assert.Single(added);
        Assert.Equal(MonitorKind.Live, monitor.Kind);
        Assert.Equal(monitor.Id, Assert.Single(await Host.Registry.ListAsync()).Id);
        Assert.Contains(Snackbar.ShownSnackbars, s => s.Message == $"Added monitor #{monitor.Id} (live:rtmp://127.0.0.1:1/live/stream)." && s.Severity == Severity.Success);
        Assert.Equal("", form.Find(".monitor-target input").GetAttribute("value") ?? "");
        Assert.Null(ErrorText(form));
    }

    [Fact]
    public async Task Add_TheSameTargetTwice_ShowsTheRegistrysRefusalOnTheField()
    {
        var form = RenderForm();
        await AddLiveAsync(form, "rtmp://127.0.0.1:1/live/stream");

        await AddLiveAsync(form, "rtmp://127.0.0.1:1/live/stream/");

        var first = Assert.Single(added);
        var message = $"A live monitor of 'rtmp://127.0.0.1:1/live/stream' already exists (monitor #{first.Id}); each monitor can be added once.";
        Assert.Equal(message, ErrorText(form));
        Assert.Contains(Snackbar.ShownSnackbars, s => s.Message == message && s.Severity == Severity.Error);
        Assert.Single(await Host.Registry.ListAsync());
    }

    [Fact]
    public async Task KindSwitchedToReplay_AsksForAFile_InsteadOfATarget()
    {
        var form = RenderForm();
        form.Find(".monitor-target input").Change("not a url");
        await AddAsync(form);

        await ChooseKindAsync(form, "replay");
        Assert.Empty(form.FindAll(".monitor-target"));
        Assert.Null(ErrorText(form));
        await AddAsync(form);

        Assert.Equal("Choose a replay file first.", ErrorText(form));
        Assert.Empty(await Host.Registry.ListAsync());
    }

    [Fact]
    public async Task UploadedReplay_IsKeptAndWatched_ThenRefusedAsADuplicate()
    {
        var form = RenderForm();
        await ChooseKindAsync(form, "replay");

        Upload(form, InputFileContent.CreateFromText(PostLine, "posts.jsonl"));
        Assert.Equal("posts.jsonl (0.0 MB)", form.Find("[data-testid='replay-file']").TextContent);
        await AddAsync(form);
        Upload(form, InputFileContent.CreateFromText(PostLine, "posts.jsonl"));
        await AddAsync(form);

        var monitor = Assert.Single(added);
        Assert.Equal(MonitorKind.Replay, monitor.Kind);
        Assert.StartsWith(Path.Combine(Temp.Path, "uploads", "posts-"), monitor.Target, StringComparison.Ordinal);
        Assert.Equal($"A replay monitor of '{monitor.Target}' already exists (monitor #{monitor.Id}); each monitor can be added once.", ErrorText(form));
        Assert.Contains(Snackbar.ShownSnackbars, s => s.Message is { } text && text.StartsWith("Upload refused: A replay monitor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadedFileWithoutPosts_IsRefusedWithTheReason_AndLeavesNothing()
    {
        var form = RenderForm();
        await ChooseKindAsync(form, "replay");

        Upload(form, InputFileContent.CreateFromText("<html>not posts</html>", "broken.jsonl"));
        await AddAsync(form);

        Assert.StartsWith("'broken.jsonl' has no readable post in its first 1 records", ErrorText(form) ?? "", StringComparison.Ordinal);
        Assert.Empty(await Host.Registry.ListAsync());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Temp.Path, "uploads")));
    }

    [Fact]
    public async Task Add_RssFeedAndBlueskyQuery_StoresBothMonitors_TheQueryInItsCanonicalForm()
    {
        var form = RenderForm();

        await ChooseKindAsync(form, "rss");
        form.Find(".monitor-target input").Change("https://gazette.example.org/feed.xml");
        await AddAsync(form);
        await ChooseKindAsync(form, "bluesky");
        form.Find(".monitor-target input").Change("  Climate #HeatWave lang:en ");
        await AddAsync(form);

        Assert.Equal(
            [(MonitorKind.Rss, "https://gazette.example.org/feed.xml"), (MonitorKind.Bluesky, "climate #heatwave lang:en")],
            (await Host.Registry.ListAsync()).Select(m => (m.Kind, m.Target)));
        Assert.Equal(2, added.Count);
        Assert.Contains(Snackbar.ShownSnackbars, s => s.Message == $"Added monitor #{added[1].Id} (bluesky:climate #heatwave lang:en)." && s.Severity == Severity.Success);
    }

    [Theory]
    [InlineData("", "Give the words, #tags or authors to watch.")]
    [InlineData("lang:en", "A bluesky monitor needs words, #tags or authors (did:plc:…) to watch; languages only narrow them")]
    [InlineData("@alice.bsky.social", "'@alice.bsky.social' is not a Bluesky query: '@alice.bsky.social': follow an account by its DID")]
    public async Task Add_BlueskyQueryThatCannotBeWatched_SaysWhy_AndAddsNothing(string query, string message)
    {
        var form = RenderForm();

        await ChooseKindAsync(form, "bluesky");
        form.Find(".monitor-target input").Change(query);
        await AddAsync(form);

        Assert.StartsWith(message, ErrorText(form) ?? "", StringComparison.Ordinal);
        Assert.Empty(await Host.Registry.ListAsync());
    }

    private IRenderedComponent<AddMonitorForm> RenderForm()
    {
        popovers = Render<MudPopoverProvider>();
        return Render<AddMonitorForm>(p => p.Add(f => f.OnAdded, monitor => added.Add(monitor)));
    }

    private static Task AddAsync(IRenderedComponent<AddMonitorForm> form) => form.Find("[data-testid='add-monitor-button']").ClickAsync(new());

    private async Task AddLiveAsync(IRenderedComponent<AddMonitorForm> form, string url)
    {
        await ChooseKindAsync(form, "live");
        form.Find(".monitor-target input").Change(url);
        await AddAsync(form);
    }

    private async Task ChooseKindAsync(IRenderedComponent<AddMonitorForm> form, string kind)
    {
        form.Find(".monitor-kind .mud-input-control-input-container > div").MouseDown();
        popovers.WaitForAssertion(() => Assert.NotEmpty(popovers.FindAll(".mud-list-item")));
        await form.InvokeAsync(() => popovers.FindAll(".mud-list-item").Single(i => i.QuerySelector(".kind-name")!.TextContent == kind).Click());
    }

    private static void Upload(IRenderedComponent<AddMonitorForm> form, InputFileContent file) =>
        form.FindComponent<InputFile>().UploadFiles(file);

    private static string? ErrorText(IRenderedComponent<AddMonitorForm> form) =>
        form.FindAll(".mud-input-helper-text.mud-input-error").Select(e => e.TextContent.Trim()).FirstOrDefault(t => t.Length > 0);
}
