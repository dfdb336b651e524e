using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Accounts;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// The accounts tests sign in with: the admin the app creates from configuration, and an analyst the admin creates.
/// Each signs in once through the real sign-in form; the session cookie is then reused by clients and browsers.
/// </summary>
public sealed partial class TestAccounts
{
    public const string AdminEmail = "admin@tests.example";

    public const string AnalystEmail = "analyst@tests.example";

    public const string SessionCookieName = "sd-session";

    private readonly ConcurrentDictionary<string, Lazy<Task<Cookie>>> sessions = new();

    /// <summary>Both accounts' password: random, long, not a common one.</summary>
    public string Password { get; } = "t3st " + Guid.NewGuid().ToString("N");

    public static string EmailOf(string role) => role == Roles.Admin ? AdminEmail : AnalystEmail;

    public Task<Cookie> SessionCookieAsync(AppFixture app, string role) =>
        sessions.GetOrAdd(role, _ => new Lazy<Task<Cookie>>(() => SignInAsync(app, role))).Value;

    /// <summary>Signs in through the form (antiforgery token and all) and returns the session cookie.</summary>
    public async Task<Cookie> SignInAsync(AppFixture app, string role)
    {
        if (role == Roles.Analyst)
        {
            await EnsureAnalystAsync(app);
        }

        var attempt = await PostSignInAsync(app, EmailOf(role), Password);
        return attempt.Session is { } session
            ? new Cookie(SessionCookieName, session, "/", app.BaseAddress.Host)
            : throw new InvalidOperationException($"Signing in as {role} gave no session cookie (HTTP {(int)attempt.Status}).");
    }

    /// <summary>Posts the sign-in form as a browser would; the response is not followed.</summary>
    public static async Task<SignInAttempt> PostSignInAsync(AppFixture app, string email, string password, string? returnUrl = null)
    {
        var cookies = new CookieContainer();
        using var handler = new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseAddress };
        var path = returnUrl is null ? "account/login" : "account/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        var token = AntiforgeryToken(await client.GetStringAsync(path));
        var response = await client.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
        return new SignInAttempt(
            response.StatusCode,
            response.Headers.Location?.ToString(),
            cookies.GetCookies(app.BaseAddress).FirstOrDefault(c => c.Name == SessionCookieName)?.Value,
            await response.Content.ReadAsStringAsync());
    }

    /// <summary>The antiforgery token a page's form carries.</summary>
    public static string AntiforgeryToken(string page) => AntiforgeryField().Match(page).Groups[1].Value;

    private async Task EnsureAnalystAsync(AppFixture app)
    {
        var users = app.Services.GetRequiredService<UserAdministration>();
        if ((await users.ListAsync(CancellationToken.None)).All(u => u.Email != AnalystEmail))
        {
            var result = await users.CreateAsync(AnalystEmail, Password, Roles.Analyst, AdminEmail, CancellationToken.None);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
