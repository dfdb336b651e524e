using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SentimentDashboard.Analysis.Risk.SecondOpinion;

namespace SentimentDashboard.Tests.Analysis.Risk.SecondOpinion;

public sealed class SecondOpinionOptionsTests
{
    private static List<ValidationResult> Validate(SecondOpinionOptions options) => [.. options.Validate(new ValidationContext(options))];

    [Fact]
    public void The_defaults_are_off_and_valid_without_an_endpoint()
    {
        var options = new SecondOpinionOptions();

        Assert.False(options.Enabled);
        Assert.Empty(Validate(options));
        Assert.Equal(0.7, options.MinimumRisk);
        Assert.Equal(30, options.TimeoutSeconds);
        Assert.Equal(30, options.MaxRequestsPerMinute);
        Assert.Equal(4000, options.MaxTextCharacters);
        Assert.Equal(3, options.MaxAttempts);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("localhost:11434/v1")]
    [InlineData("ftp://example.org/v1")]
    public void Enabled_without_an_http_address_is_refused(string? baseUrl)
    {
        var result = Assert.Single(Validate(new SecondOpinionOptions { Enabled = true, BaseUrl = baseUrl, Model = "llama3.1" }));

        Assert.Equal(["BaseUrl"], result.MemberNames);
    }

    [Fact]
    public void Enabled_with_an_address_and_a_model_is_valid_without_a_key()
    {
        Assert.Empty(Validate(new SecondOpinionOptions { Enabled = true, BaseUrl = "http://localhost:11434/v1", Model = "llama3.1" }));
    }

    [Fact]
    public void Enabled_without_an_endpoint_fails_at_start_naming_both_settings()
    {
        using var services = Services(new() { ["SecondOpinion:Enabled"] = "true" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal(
            [
                "SecondOpinion:BaseUrl: must be the http(s) address of an OpenAI-compatible API when the second opinion is enabled, e.g. http://localhost:11434/v1",
                "SecondOpinion:Model: must name the model to ask when the second opinion is enabled, e.g. llama3.1",
            ],
            error.Failures);
    }

    [Fact]
    public void A_word_where_a_number_goes_fails_at_start()
    {
        using var services = Services(new() { ["SecondOpinion:TimeoutSeconds"] = "soon" });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Equal("SecondOpinion:TimeoutSeconds 'soon': expected a whole number", Assert.Single(error.Failures));
    }

    [Fact]
    public void Configured_from_environment_style_settings_the_client_is_enabled()
    {
        using var services = Services(new()
        {
            ["SecondOpinion:Enabled"] = "true",
            ["SecondOpinion:BaseUrl"] = "http://localhost:11434/v1",
            ["SecondOpinion:Model"] = "llama3.1",
            ["SecondOpinion:MinimumRisk"] = "0.8",
        });

        services.GetRequiredService<IStartupValidator>().Validate();
        var client = services.GetRequiredService<SecondOpinionClient>();

        Assert.True(client.IsEnabled);
        Assert.Equal(0.8, client.MinimumRisk);
    }

    private static ServiceProvider Services(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services.AddSecondOpinion();
        return services.BuildServiceProvider();
    }
}
