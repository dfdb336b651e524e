using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Accounts;
using SentimentDashboard.Audit;
using SentimentDashboard.Data;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Accounts;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture app)
{
    [Fact]
    public async Task SignIn_WithTheRightPassword_SetsASessionAndGoesToTheReturnUrl()
    {
        var attempt = await TestAccounts.PostSignInAsync(app, TestAccounts.AdminEmail, app.Accounts.Password, returnUrl: "/posts?range=all");

        Assert.Equal(HttpStatusCode.Redirect, attempt.Status);
        Assert.Equal(new Uri(app.BaseAddress, "/posts?range=all"), new Uri(app.BaseAddress, attempt.Location));
        Assert.NotNull(attempt.Session);
        Assert.Contains(await AuditAsync(AuditActions.SignIn), e => e.Actor == TestAccounts.AdminEmail && e.Target == "password");
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    [InlineData("https://evil.example/")]
    public async Task SignIn_WithAReturnUrlElsewhere_StaysInTheApp(string returnUrl)
    {
        var attempt = await TestAccounts.PostSignInAsync(app, TestAccounts.AdminEmail, app.Accounts.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, attempt.Status);
        Assert.Equal(app.BaseAddress, new Uri(app.BaseAddress, attempt.Location));
    }

    [Fact]
    public async Task SignIn_WithAWrongPassword_SaysSo_SetsNoSession_AndIsAudited()
    {
        var attempt = await TestAccounts.PostSignInAsync(app, TestAccounts.AdminEmail, "not the password at all");

        Assert.Equal(HttpStatusCode.OK, attempt.Status);
        Assert.Null(attempt.Session);
        Assert.Contains("Wrong email or password", attempt.Body, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(AuditActions.SignInFailed), e => e.Actor == TestAccounts.AdminEmail);
    }

    [Fact]
    public async Task SignIn_AfterFiveWrongPasswords_IsLockedEvenWithTheRightOne()
    {
        var email = await CreateUserAsync("lockout");
        for (var i = 0; i < 5; i++)
        {
            await TestAccounts.PostSignInAsync(app, email, "wrong password " + i);
        }

        var attempt = await TestAccounts.PostSignInAsync(app, email, app.Accounts.Password);

        Assert.Null(attempt.Session);
        Assert.Contains("locked", attempt.Body, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(AuditActions.LockedOut), e => e.Actor == email);
        var row = (await UsersAsync()).Single(u => u.Email == email);
        Assert.NotNull(row.LockedOutUntil);
    }

    [Fact]
    public async Task SignIn_OfADisabledUser_IsRefused_AndTheirSessionEnds()
    {
        var email = await CreateUserAsync("disabled");
        var before = await TestAccounts.PostSignInAsync(app, email, app.Accounts.Password);
        Assert.NotNull(before.Session);
        using var client = app.CreateHttpClientWithSession(before.Session!);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/status")).StatusCode);

        var users = app.Services.GetRequiredService<UserAdministration>();
        var id = (await users.ListAsync(CancellationToken.None)).Single(u => u.Email == email).Id;
        Assert.True((await users.SetDisabledAsync(id, true, TestAccounts.AdminEmail, CancellationToken.None)).Succeeded);

        var after = await TestAccounts.PostSignInAsync(app, email, app.Accounts.Password);
        Assert.Null(after.Session);
        using var stale = await client.GetAsync("/status");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.StartsWith("/account/login", stale.Headers.Location?.AbsolutePath, StringComparison.Ordinal);
        Assert.Contains(await AuditAsync(AuditActions.UserDisabled), e => e.Target == email && e.Before!.Contains("\"disabled\":false", StringComparison.Ordinal) && e.After!.Contains("\"disabled\":true", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SignOut_EndsTheSession_AndIsAudited()
    {
        var attempt = await TestAccounts.PostSignInAsync(app, TestAccounts.AdminEmail, app.Accounts.Password);
        using var client = app.CreateHttpClientWithSession(attempt.Session!);
        var page = await client.GetStringAsync("/account/manage");

        using var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = TestAccounts.AntiforgeryToken(page),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(TestAccounts.SessionCookieName + "=;", StringComparison.Ordinal));
        Assert.Contains(await AuditAsync(AuditActions.SignOut), e => e.Actor == TestAccounts.AdminEmail);
    }

    [Fact]
    public async Task SignOut_WithoutTheFormsToken_IsRefused_AndTheSessionLives()
    {
        var attempt = await TestAccounts.PostSignInAsync(app, TestAccounts.AdminEmail, app.Accounts.Password);
        using var client = app.CreateHttpClientWithSession(attempt.Session!);

        using var forged = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/status")).StatusCode);
    }

    [Fact]
    public async Task Pages_WithoutASession_SendToTheSignInPage_AndBack()
    {
        using var client = app.CreateHttpClientWithSession(null);

        using var response = await client.GetAsync("/posts?range=all");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Fposts%3Frange%3Dall", response.Headers.Location?.PathAndQuery);
    }

    private async Task<string> CreateUserAsync(string name)
    {
        var email = $"{name}-{Guid.NewGuid():N}@tests.example";
        var result = await app.Services.GetRequiredService<UserAdministration>()
            .CreateAsync(email, app.Accounts.Password, Roles.Analyst, TestAccounts.AdminEmail, CancellationToken.None);
        Assert.True(result.Succeeded);
        return email;
    }

    private Task<IReadOnlyList<UserRow>> UsersAsync() =>
        app.Services.GetRequiredService<UserAdministration>().ListAsync(CancellationToken.None);

    private async Task<List<AuditEntryEntity>> AuditAsync(string action)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.AsNoTracking().Where(e => e.Action == action).ToListAsync();
    }
}
