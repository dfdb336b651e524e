using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SentimentDashboard.Alerts;
using SentimentDashboard.Audit;
using SentimentDashboard.Data;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;
using SentimentDashboard.Tests.Monitoring.Rss;
using SentimentDashboard.Tests.Pages;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SentimentDashboard.Tests.Browser;

/// <summary>
/// An admin adds a watch-list rule for one feed in the form; a matching item in that feed raises its alert, the same
/// words in another feed do not; then the admin switches the rule off and deletes it, and the audit log has each step.
/// </summary>
public sealed class AlertRulesPageTests(BrowserFixture browser, ITestOutputHelper output) : IClassFixture<BrowserFixture>, IAsyncLifetime
{
    private const string RuleName = "Watch: boycott";

    private readonly AppFixture app = new();
    private FakeFeedServer feeds = null!;

    public async Task InitializeAsync()
    {
        feeds = await FakeFeedServer.StartAsync();
        app.Settings["Rss:PollSeconds"] = "1";
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)app).DisposeAsync();
        await feeds.DisposeAsync();
    }

    [Fact]
    public Task An_admin_adds_a_watch_list_rule_for_a_feed_sees_it_match_then_switches_it_off_and_deletes_it() => browser.RunAsync(app, output, async page =>
    {
        var registry = app.Services.GetRequiredService<MonitorRegistry>();
        var watchedFeed = feeds.Serve("/watched.xml", Feeds.Rss(Feeds.RssItem("calm", "Harbour fair", "Lanterns on the quay tonight")));
        var watched = (await registry.AddAsync(MonitorKind.Rss, watchedFeed.ToString())).Monitor!.Id;
        await app.WaitForPostAsync("calm");

        var shell = new AppShell(page);
        await page.GotoAsync("/admin/alert-rules");
        await shell.WaitForInteractiveAsync();
        var form = page.GetByTestId("rule-form");
        await form.GetByLabel("Name").FillAsync(RuleName);
        await ChooseAsync(page, "rule-kind", "watch list");
        await ChooseAsync(page, "rule-monitor", "watched.xml");
        await form.GetByTestId("rule-terms").FillAsync("boycott\nmarch on city hall");
        await BrowserFixture.SaveScreenshotIfRequestedAsync(page, "alert-rules-form");
        await form.GetByTestId("rule-save").ClickAsync();

        var row = page.GetByTestId("rule-row").Filter(new() { HasText = RuleName });
        await Expect(row).ToContainTextAsync("watch list");
        await Expect(row).ToContainTextAsync("watched.xml");

        // The same word in another feed is not this rule's; in the watched feed, any case or accent is.
        var otherFeed = feeds.Serve("/other.xml", Feeds.Rss(Feeds.RssItem("other", "Brand news", "Everyone should BOYCOTT that brand")));
        await registry.AddAsync(MonitorKind.Rss, otherFeed.ToString());
        await app.WaitForPostAsync("other");
        feeds.Serve("/watched.xml", Feeds.Rss(
            Feeds.RssItem("calm", "Harbour fair", "Lanterns on the quay tonight"),
            Feeds.RssItem("protest", "Protest", "Tomorrow we March on City Hall, and we Boycótt the sponsors")));
        await Expect(shell.Snackbars.Filter(new() { HasTextRegex = new Regex($"^{RuleName}: 1 post") })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var alert = Assert.Single(await app.Services.GetRequiredService<AlertQueries>().ListAsync(new AlertFilter(), null, CancellationToken.None), a => a.Rule == RuleName);
        Assert.Equal((watched, 1, "Terms: boycott, march on city hall"), (alert.MonitorId, alert.Count, alert.Detail));

        await row.GetByRole(AriaRole.Button, new() { Name = "Edit" }).ClickAsync();
        await Expect(form).ToContainTextAsync("Edit rule #");
        await form.GetByText("Enabled").ClickAsync();
        await form.GetByTestId("rule-save").ClickAsync();
        await Expect(row).ToContainTextAsync("(off)");

        await row.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await page.GetByRole(AriaRole.Dialog).GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(row).ToHaveCountAsync(0);

        var contexts = app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using var context = await contexts.CreateDbContextAsync();
        var actions = await context.AuditEntries.Where(e => e.Target == RuleName).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync();
        Assert.Equal([AuditActions.AlertRuleCreated, AuditActions.AlertRuleChanged, AuditActions.AlertRuleDeleted], actions);
        app.Logs.AssertNoErrors();
    });

    private static async Task ChooseAsync(IPage page, string select, string item)
    {
        await page.GetByTestId(select).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new() { HasTextString = item }).First.ClickAsync();
    }
}
