using System.Net;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Accounts;

/// <summary>The keys that sign sessions live beside the database, so a restart keeps everyone signed in.</summary>
public sealed class SessionKeysTests
{
    [Fact]
    public async Task A_session_survives_a_restart_of_the_app_on_the_same_database()
    {
        using var data = new TempDirectory();
        var database = Path.Combine(data.Path, "app.db");
        string session;
        await using (var first = new AppFixture())
        {
            first.Settings["Database:Path"] = database;
            first.Settings["Dashboard:AdminPassword"] = "restart password 42";
            await first.InitializeAsync();
            session = (await TestAccounts.PostSignInAsync(first, TestAccounts.AdminEmail, "restart password 42")).Session!;
        }

        await using var second = new AppFixture();
        second.Settings["Database:Path"] = database;
        await second.InitializeAsync();
        using var client = second.CreateHttpClientWithSession(session);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/status")).StatusCode);
        Assert.True(Directory.EnumerateFiles(Path.Combine(data.Path, "keys"), "key-*.xml").Any());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(data.Path, "keys")));
        }
    }
}
