using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SentimentDashboard.Monitoring.Mastodon;

namespace SentimentDashboard.Tests.Monitoring.Mastodon;

public sealed class MastodonOptionsTests
{
    [Fact]
    public async Task Defaults_Poll_Every_30_Seconds_Anonymously()
    {
        await using var harness = new MastodonHarness();

        var options = harness.Services.GetRequiredService<IOptions<MastodonOptions>>().Value;

        Assert.Equal(TimeSpan.FromSeconds(30), options.PollInterval);
        Assert.Equal(TimeSpan.FromSeconds(30), options.StreamingSilenceTimeout);
        Assert.Null(options.AccessToken);
        harness.Services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Theory]
    [InlineData("Mastodon:PollInterval", "00:00:00", "Mastodon:PollInterval '00:00:00': must be between 1 second and 1 day")]
    [InlineData("Mastodon:StreamingSilenceTimeout", "02:00:00", "Mastodon:StreamingSilenceTimeout '02:00:00': must be between 1 second and 1 hour")]
    [InlineData("Mastodon:AccessToken", "secret", "Mastodon:AccessTokenInstance must name the host")]
    public async Task Invalid_Settings_Fail_At_Start_With_A_Clear_Message(string key, string value, string message)
    {
        await using var harness = new MastodonHarness(new Dictionary<string, string?> { [key] = value });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void The_Token_Goes_Only_To_Its_Instance()
    {
        var options = new MastodonOptions { AccessToken = " token ", AccessTokenInstance = "mastodon.social" };

        Assert.Equal("token", options.AccessTokenFor(new Uri("https://Mastodon.Social/")));
        Assert.Null(options.AccessTokenFor(new Uri("https://mastodon.example/")));
        Assert.Null(new MastodonOptions().AccessTokenFor(new Uri("https://mastodon.social/")));
    }
}
