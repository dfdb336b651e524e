using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.EntityFrameworkCore;
using SentimentDashboard.Accounts;
using SentimentDashboard.Data;
using SentimentDashboard.Pipeline;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at 127.0.0.1 with a random port, its own temporary directory and database path; browsers
/// and <see cref="CreateHttpClient"/> talk to it over the network.
/// </summary>
public sealed class AppFixture : WebApplicationFactory<Program>, IAsyncLifetime
{
    private bool started;

    public AppFixture()
    {
        TempDirectory = Directory.CreateTempSubdirectory("sentimentdashboard-tests-").FullName;
        DatabasePath = Path.Combine(TempDirectory, "sentimentdashboard.db");
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>A fresh directory for this fixture, deleted on dispose.</summary>
    public string TempDirectory { get; }

    /// <summary>The SQLite file the app is given through <c>Database:Path</c> (same as <c>--db</c>).</summary>
    public string DatabasePath { get; }

    /// <summary>The key API calls must send in <c>X-Api-Key</c> (configuration <c>Dashboard:ApiKey</c>).</summary>
    public string ApiKey { get; } = "test-" + Guid.NewGuid().ToString("N");

    /// <summary>The first admin, created from configuration at start, and an analyst created on first use.</summary>
    public TestAccounts Accounts { get; } = new();

    /// <summary>Where the Kestrel server listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress
    {
        get
        {
            EnsureStarted();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>Extra configuration (e.g. <c>Monitors:Startup:0</c>), applied when the app starts.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    /// <summary>Everything the app logged, for asserting that no error was logged.</summary>
    public LogCollector Logs { get; } = new();

    /// <summary>A client for the Kestrel server.</summary>
    public HttpClient CreateHttpClient() => new() { BaseAddress = BaseAddress };

    /// <summary>
    /// Waits until the post with <paramref name="sourceId"/> is committed. Subscribes to the live hub first, then
    /// looks in the database, so the post is seen whether it was committed before or after the call.
    /// </summary>
    public async Task WaitForPostAsync(string sourceId)
    {
        var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = Services.GetRequiredService<LiveHub>().Subscribe(batch =>
        {
            if (batch.Added.Any(p => p.SourceId == sourceId))
            {
                committed.TrySetResult();
            }
        });

        var contexts = Services.GetRequiredService<IDbContextFactory<DashboardDbContext>>();
        await using (var db = await contexts.CreateDbContextAsync())
        {
            if (await db.Posts.AnyAsync(p => p.SourceId == sourceId))
            {
                return;
            }
        }

        await committed.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>A client for the Kestrel server signed in as <paramref name="role"/> (through the sign-in form, as a browser does).</summary>
    public async Task<HttpClient> CreateSignedInClientAsync(string role = Roles.Admin)
    {
        var cookie = await SessionCookieAsync(role);
        var client = CreateHttpClient();
        client.DefaultRequestHeaders.Add("Cookie", $"{cookie.Name}={cookie.Value}");
        return client;
    }

    /// <summary>
    /// A client for the Kestrel server that keeps cookies as a browser does, starting with <paramref name="session"/>
    /// (null: signed out), and does not follow redirects.
    /// </summary>
    public HttpClient CreateHttpClientWithSession(string? session)
    {
        var cookies = new CookieContainer();
        if (session is not null)
        {
            cookies.Add(new Cookie(TestAccounts.SessionCookieName, session, "/", BaseAddress.Host));
        }

        return new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = BaseAddress };
    }

    /// <summary>The session cookie of <paramref name="role"/>'s test account, signed in once per fixture.</summary>
    public Task<Cookie> SessionCookieAsync(string role = Roles.Admin) => Accounts.SessionCookieAsync(this, role);

    /// <summary>A client for the Kestrel server that sends the API key.</summary>
    public HttpClient CreateApiClient()
    {
        var client = CreateHttpClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        return client;
    }

    public Task InitializeAsync()
    {
        EnsureStarted();
        return Task.CompletedTask;
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        try
        {
            Directory.Delete(TempDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the run; the directory lives under /tmp.
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Database:Path", DatabasePath);
        builder.UseSetting("Dashboard:ApiKey", ApiKey);
        builder.UseSetting("Monitors:SeedDemo", "false");
        builder.UseSetting("Dashboard:AdminEmail", TestAccounts.AdminEmail);
        builder.UseSetting("Dashboard:AdminPassword", Accounts.Password);
        // Tests sign in many times from one address; the rate limit has tests of its own.
        builder.UseSetting("Security:SignInAttemptsPerMinute", "10000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            logging.AddFilter<ConsoleLoggerProvider>(null, LogLevel.Warning);
            logging.AddProvider(Logs);
        });
    }

    private void EnsureStarted()
    {
        if (started)
        {
            return;
        }

        StartServer();
        started = true;
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        ClientOptions.BaseAddress = new Uri(addresses.Addresses.Single(), UriKind.Absolute);
    }
}
