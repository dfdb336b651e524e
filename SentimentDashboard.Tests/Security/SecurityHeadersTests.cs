using System.Net;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Security;

[Collection(AppCollection.Name)]
public sealed class SecurityHeadersTests(AppFixture app)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/health")]
    [InlineData("/")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = app.CreateHttpClientWithSession(null);

        using var response = await client.GetAsync(path);

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site()
    {
        using var client = app.CreateHttpClientWithSession(null);
        var token = TestAccounts.AntiforgeryToken(await client.GetStringAsync("/account/login"));

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = TestAccounts.AdminEmail,
            ["Input.Password"] = app.Accounts.Password,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(TestAccounts.SessionCookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_form_post_without_its_antiforgery_token_is_refused()
    {
        using var client = app.CreateHttpClientWithSession(null);

        using var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["Input.Email"] = TestAccounts.AdminEmail,
            ["Input.Password"] = app.Accounts.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
