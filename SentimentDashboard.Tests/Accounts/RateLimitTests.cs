using System.Net;
using System.Net.Http.Json;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Accounts;

/// <summary>The built-in rate limiter, per address and minute, on sign-in attempts and on API calls.</summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly AppFixture app = new();

    public async Task InitializeAsync()
    {
        app.Settings["Security:SignInAttemptsPerMinute"] = "3";
        app.Settings["Security:ApiRequestsPerMinute"] = "4";
        await app.InitializeAsync();
    }

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task SignIn_BeyondTheLimit_IsRefusedWith429AndRetryAfter_WhilePagesStillLoad()
    {
        for (var i = 0; i < 3; i++)
        {
            var attempt = await TestAccounts.PostSignInAsync(app, TestAccounts.AdminEmail, "wrong password " + i);
            Assert.Equal(HttpStatusCode.OK, attempt.Status);
        }

        var refused = await TestAccounts.PostSignInAsync(app, TestAccounts.AdminEmail, app.Accounts.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Null(refused.Session);
        Assert.Contains("Too many requests", refused.Body, StringComparison.Ordinal);
        using var client = app.CreateHttpClientWithSession(null);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task Api_BeyondTheLimit_IsRefusedWith429AndRetryAfter()
    {
        using var client = app.CreateApiClient();
        for (var i = 0; i < 4; i++)
        {
            using var allowed = await client.PostAsJsonAsync("/api/predict", new { text = "fine" });
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await client.PostAsJsonAsync("/api/predict", new { text = "one too many" });

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
    }
}
