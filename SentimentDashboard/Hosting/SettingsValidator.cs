using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Hosting;

/// <summary>
/// Validates options bound to a configuration section with their data annotations and
/// <see cref="IValidatableObject"/>, each failure as one line naming the setting and the value it was given:
/// <c>Audio:SegmentSeconds '0': The field SegmentSeconds must be between 1 and 600.</c> A member name may go deeper
/// than a property (<c>Startup:0</c>: the first item of Monitors:Startup).
/// </summary>
internal sealed class SettingsValidator<TOptions>(string name, string section, IConfiguration configuration) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? optionsName, TOptions options)
    {
        if ((optionsName ?? Options.DefaultName) != name)
        {
            return ValidateOptionsResult.Skip;
        }

        var results = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(results.SelectMany(Describe));
    }

    private IEnumerable<string> Describe(ValidationResult result)
    {
        var message = result.ErrorMessage ?? "invalid value";
        foreach (var member in result.MemberNames.DefaultIfEmpty(""))
        {
            var key = member.Length == 0 ? section : $"{section}:{member}";

            // A message that names its setting ("Mastodon:PollInterval must be ...") or quotes the value first ("'x': ...")
            // is not made to say it twice.
            var problem = WithoutPrefix(message, key + " ");
            var value = configuration[key];
            yield return value is null ? $"{key}: {problem}" : $"{key} '{value}': {WithoutPrefix(problem, $"'{value}': ")}";
        }
    }

    private static string WithoutPrefix(string message, string prefix) =>
        message.StartsWith(prefix, StringComparison.Ordinal) ? message[prefix.Length..] : message;
}
