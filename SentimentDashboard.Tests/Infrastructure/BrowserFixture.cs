using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// One headless Debian Chromium (not a Playwright-downloaded browser) shared by the browser tests;
/// each test gets its own context and page at 1280x800.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const int ViewportWidth = 1280;
    public const int ViewportHeight = 800;

    public static readonly IReadOnlyList<string> ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>The Chromium binary; <c>CHROMIUM_PATH</c> overrides the Debian package's.</summary>
    public static string ChromiumPath => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not started.");

    public async Task InitializeAsync()
    {
        Assertions.SetDefaultExpectTimeout(10_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>
    /// Runs <paramref name="test"/> on a new page of <paramref name="app"/>, signed in as its admin, whose relative URLs
    /// resolve against the app. On failure it saves a screenshot under <see cref="TestOutput.Directory"/>; it also
    /// fails the test when the page threw or logged a console error (a blocked script or style is one).
    /// </summary>
    public Task RunAsync(AppFixture app, ITestOutputHelper output, Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        RunAsync(app, new BrowserSession(), output, test, testName);

    /// <summary>As <see cref="RunAsync(AppFixture, ITestOutputHelper, Func{IPage, Task}, string)"/>, in a browser set to the IANA <paramref name="timeZone"/> (null: the machine's).</summary>
    public Task RunAsync(AppFixture app, string? timeZone, ITestOutputHelper output, Func<IPage, Task> test, [CallerMemberName] string testName = "") =>
        RunAsync(app, new BrowserSession(TimeZone: timeZone), output, test, testName);

    /// <summary>As <see cref="RunAsync(AppFixture, ITestOutputHelper, Func{IPage, Task}, string)"/>, signed in as <paramref name="session"/> says.</summary>
    public async Task RunAsync(AppFixture app, BrowserSession session, ITestOutputHelper output, Func<IPage, Task> test, [CallerMemberName] string testName = "")
    {
        await using var context = await NewContextAsync(app, session);
        context.SetDefaultTimeout(15_000);

        var page = await context.NewPageAsync();
        var pageErrors = new List<string>();
        page.Console += (_, message) =>
        {
            output.WriteLine($"console.{message.Type}: {message.Text}");
            if (message.Type == "error")
            {
                pageErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) =>
        {
            output.WriteLine($"page error: {error}");
            pageErrors.Add(error);
        };

        try
        {
            await test(page);
            Assert.True(pageErrors.Count == 0, "The page reported errors:" + Environment.NewLine + string.Join(Environment.NewLine, pageErrors));
        }
        catch (Exception)
        {
            await TrySaveFailureScreenshotAsync(page, testName, output);
            throw;
        }
    }

    /// <summary>A browser context at 1280x800 whose relative URLs resolve against <paramref name="app"/>, signed in as <paramref name="session"/> says.</summary>
    public async Task<IBrowserContext> NewContextAsync(AppFixture app, BrowserSession session)
    {
        var context = await Browser.NewContextAsync(new()
        {
            BaseURL = session.AtLocalhost ? new UriBuilder(app.BaseAddress) { Host = "localhost" }.Uri.ToString() : app.BaseAddress.ToString(),
            ViewportSize = new() { Width = ViewportWidth, Height = ViewportHeight },
            Locale = "en-GB",
            TimezoneId = session.TimeZone,
        });
        if (session.Role is { } role)
        {
            var cookie = await app.SessionCookieAsync(role);
            await context.AddCookiesAsync([new() { Name = cookie.Name, Value = cookie.Value, Domain = cookie.Domain, Path = "/", HttpOnly = true }]);
        }

        return context;
    }

    /// <summary>
    /// Saves full-page screenshots to <c>SCREENSHOT_DIR</c> when that variable is set (for looking at the UI): at the
    /// test's 1280x800 and, as <c>NAME-1920.png</c>, at 1920x1080.
    /// </summary>
    public static async Task SaveScreenshotIfRequestedAsync(IPage page, string name)
    {
        var directory = Environment.GetEnvironmentVariable("SCREENSHOT_DIR");
        if (string.IsNullOrEmpty(directory))
        {
            return;
        }

        Directory.CreateDirectory(directory);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await page.SetViewportSizeAsync(1920, 1080);
        // Charts redraw for the new width.
        await page.WaitForTimeoutAsync(500);
        await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + "-1920.png"), FullPage = true, Animations = ScreenshotAnimations.Disabled });
        await page.SetViewportSizeAsync(ViewportWidth, ViewportHeight);
    }

    private static async Task TrySaveFailureScreenshotAsync(IPage page, string testName, ITestOutputHelper output)
    {
        try
        {
            var path = Path.Combine(TestOutput.Directory, "screenshots", $"{testName}_{DateTime.UtcNow:yyyyMMdd-HHmmss}.png");
            await page.ScreenshotAsync(new() { Path = path, FullPage = true });
            output.WriteLine($"Screenshot saved to {path}");
        }
        catch (PlaywrightException ex)
        {
            output.WriteLine($"Could not save a screenshot: {ex.Message}");
        }
    }
}
