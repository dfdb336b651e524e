using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Api.Keys;
using SentimentDashboard.Audit;
using SentimentDashboard.Data;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Api;

/// <summary>API keys made by admins: shown once, stored hashed, scoped read or write, revocable, with their last use.</summary>
[Collection(AppCollection.Name)]
public sealed class ApiKeyTests(AppFixture app)
{
    private ApiKeyStore Store => app.Services.GetRequiredService<ApiKeyStore>();

    [Fact]
    public async Task ReadKey_ReadsAndScores_ButMayNotAddMonitors()
    {
        var key = await Store.CreateAsync("reader " + Guid.NewGuid().ToString("N")[..6], ApiKeyScope.Read, TestAccounts.AdminEmail, CancellationToken.None);
        using var client = Client(key);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/posts.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/monitors")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/predict", new { text = "a calm day" })).StatusCode);
        using var refused = await client.PostAsJsonAsync("/api/monitors", new { kind = "mastodon", target = "https://mastodon.example/tags/readonly" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("scope write", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteKey_AddsAndDeletesAMonitor_AuditedUnderTheKeysName()
    {
        var name = "automation " + Guid.NewGuid().ToString("N")[..6];
        var key = await Store.CreateAsync(name, ApiKeyScope.Write, TestAccounts.AdminEmail, CancellationToken.None);
        using var client = Client(key);
        var target = $"https://mastodon.example/tags/api{Guid.NewGuid():N}";

        using var created = await client.PostAsJsonAsync("/api/monitors", new { kind = "mastodon", target });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
        using var duplicate = await client.PostAsJsonAsync("/api/monitors", new { kind = "mastodon", target });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        using var replay = await client.PostAsJsonAsync("/api/monitors", new { kind = "replay", target = "/etc/passwd" });
        Assert.Equal(HttpStatusCode.BadRequest, replay.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/api/monitors/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.DeleteAsync($"/api/monitors/{id}")).StatusCode);

        await using var db = await Contexts().CreateDbContextAsync();
        var entries = await db.AuditEntries.AsNoTracking().Where(e => e.Target != null && e.Target.Contains(target)).ToListAsync();
        Assert.Equal([AuditActions.MonitorAdded, AuditActions.MonitorDeleted], entries.OrderBy(e => e.Id).Select(e => e.Action));
        Assert.All(entries, e => Assert.StartsWith($"API key '{name}'", e.Actor, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RevokedKey_IsRefused()
    {
        var key = await Store.CreateAsync("revoked", ApiKeyScope.Write, TestAccounts.AdminEmail, CancellationToken.None);
        using var client = Client(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/monitors")).StatusCode);
        var id = (await Store.ListAsync(CancellationToken.None)).Single(k => key.StartsWith($"sd_{k.Prefix}_", StringComparison.Ordinal)).Id;

        Assert.True(await Store.RevokeAsync(id, TestAccounts.AdminEmail, CancellationToken.None));

        using var refused = await client.GetAsync("/api/monitors");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.False(await Store.RevokeAsync(id, TestAccounts.AdminEmail, CancellationToken.None));
    }

    [Fact]
    public async Task Keys_AreStoredAsHashesOnly_AndRecordTheirLastUse()
    {
        var key = await Store.CreateAsync("hashed", ApiKeyScope.Read, TestAccounts.AdminEmail, CancellationToken.None);
        Assert.Matches("^sd_[a-z2-7]{10}_[A-Za-z0-9_-]{43}$", key);
        using var client = Client(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/monitors")).StatusCode);

        await using var db = await Contexts().CreateDbContextAsync();
        var stored = await db.ApiKeys.AsNoTracking().SingleAsync(k => key.StartsWith("sd_" + k.Prefix + "_"));
        Assert.Equal(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(key)), stored.Hash);
        Assert.NotNull(stored.LastUsedAt);
        var secret = key.Split('_', 3)[2];
        await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        Assert.DoesNotContain(secret, Encoding.Latin1.GetString(await File.ReadAllBytesAsync(app.DatabasePath)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sd_aaaaaaaaaa_notthekey")]
    [InlineData("sd_short_x")]
    [InlineData("garbage")]
    public async Task UnknownKeys_AreUnauthorized(string key)
    {
        using var client = Client(key);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/posts.csv")).StatusCode);
    }

    [Fact]
    public async Task ASignedInAnalyst_ReadsTheApi_ButMayNotAddMonitors()
    {
        using var client = await app.CreateSignedInClientAsync(SentimentDashboard.Accounts.Roles.Analyst);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/monitors")).StatusCode);
        using var refused = await client.PostAsJsonAsync("/api/monitors", new { kind = "mastodon", target = "https://mastodon.example/tags/analyst" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task ABodyOverTheLimit_IsRefusedBeforeItIsRead()
    {
        using var client = app.CreateApiClient();
        var text = new string('a', 2 * 1024 * 1024);

        using var response = await client.PostAsync("/api/predict", new StringContent($"{{\"text\":\"{text}\"}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(app.Logs.Errors, e => e.Message.Contains("Request body too large", StringComparison.Ordinal));
    }

    private HttpClient Client(string key)
    {
        var client = app.CreateHttpClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private IDbContextFactory<DashboardDbContext> Contexts() => app.Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
}
