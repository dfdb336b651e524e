using System.Text.Json;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>
/// An overview too large to carry from the prerendered page into the circuit (here, almost three hours of one-minute
/// buckets) still becomes interactive: the circuit reads it again instead of being refused at its start.
/// </summary>
public sealed class LargeOverviewTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const int Posts = 18;

    private readonly AppFixture app = new();

    public Task InitializeAsync() => ReplayFiles.StartAsync(app, Enumerable.Range(0, Posts).Select(i => JsonSerializer.Serialize(new
    {
        id = $"spread-{i}",
        created_at = DateTimeOffset.UtcNow.AddMinutes(-10 * i - 1).ToString("O"),
        author = $"@author{i}",
        text = $"What a lovely morning walk number {i}",
        lang = "en",
    })));

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public Task An_overview_of_many_buckets_becomes_interactive_and_draws_its_charts() => browser.RunAsync(app, output, async page =>
    {
        await app.WaitForPostAsync($"spread-{Posts - 1}");
        var overview = new OverviewPage(page);

        await overview.GotoAsync("?range=all");
        await overview.Shell.WaitForInteractiveAsync();
        await overview.WaitForChartsAsync();

        await Expect(overview.Counter("posts")).ToHaveTextAsync($"{Posts}");
        app.Logs.AssertNoErrors();
    });
}
