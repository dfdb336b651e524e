using System.Net;
using System.Text.RegularExpressions;
using SentimentDashboard.Accounts;
using SentimentDashboard.Audit;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Accounts;

/// <summary>A first start without Dashboard:AdminEmail and Dashboard:AdminPassword prints a one-time setup link.</summary>
public sealed partial class FirstRunTests : IAsyncLifetime
{
    private readonly AppFixture app = new();

    public async Task InitializeAsync()
    {
        app.Settings["Dashboard:AdminEmail"] = "";
        app.Settings["Dashboard:AdminPassword"] = "";
        await app.InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task SetupLink_CreatesTheFirstAdminOnce_ThenIsUsedUp()
    {
        var link = SetupLink().Match(string.Join('\n', app.Logs.Entries.Select(e => e.Message)));
        Assert.True(link.Success, "The start printed no setup link.");
        var setup = new Uri(link.Value).PathAndQuery;
        using var client = app.CreateHttpClientWithSession(null);

        using var wrong = await client.GetAsync("/account/setup?token=guessed");
        Assert.Contains("expired or was already used", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var weak = await PostAsync(client, setup, "first@tests.example", "password2024!");
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("among the most common", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var created = await PostAsync(client, setup, "first@tests.example", "violet tractor orbit 93");
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Contains(created.Headers.GetValues("Set-Cookie"), c => c.StartsWith(TestAccounts.SessionCookieName + "=", StringComparison.Ordinal));

        using var again = await client.GetAsync(setup);
        Assert.Contains("expired or was already used", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var signIn = await TestAccounts.PostSignInAsync(app, "first@tests.example", "violet tractor orbit 93");
        Assert.NotNull(signIn.Session);
        using var admin = app.CreateHttpClientWithSession(signIn.Session);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/admin/users")).StatusCode);
        var audit = await admin.GetStringAsync("/export/audit.csv?action=" + AuditActions.SetupUsed);
        Assert.Contains("first@tests.example", audit, StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string setup, string email, string password)
    {
        var token = TestAccounts.AntiforgeryToken(await client.GetStringAsync(setup));
        return await client.PostAsync(setup, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "setup",
            ["__RequestVerificationToken"] = token,
            ["token"] = setup.Split("token=")[1],
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.Confirm"] = password,
        }));
    }

    [GeneratedRegex(@"http://\S+/account/setup\?token=[A-Za-z0-9_-]+")]
    private static partial Regex SetupLink();
}
