using Microsoft.Extensions.Options;

namespace SentimentDashboard.Hosting;

/// <summary>
/// Runs the dashboard unless a setting is invalid: then every failure of the options validated at start is printed on
/// stderr as one line, <c>error: KEY 'VALUE': what is wrong</c>, and the exit code is 2, as for the command line's bad
/// arguments. The settings are checked before the host starts, because a failed start logs the exception with its
/// stack trace, and before the pipeline is built, which already logs.
/// </summary>
public static class DashboardRunner
{
    public const int InvalidSettingsExitCode = 2;

    public static async Task<int> RunSentimentDashboardAsync(this WebApplication app, TextWriter error)
    {
        if (InvalidSettings(app.Services) is { Count: > 0 } failures)
        {
            foreach (var failure in failures)
            {
                await error.WriteLineAsync($"error: {failure}");
            }

            await app.DisposeAsync();
            return InvalidSettingsExitCode;
        }

        app.UseSentimentDashboard();
        await app.RunAsync();
        return 0;
    }

    /// <summary>Every failure of the options validated at start (ValidateOnStart), one line each; empty when all are valid.</summary>
    private static IReadOnlyList<string> InvalidSettings(IServiceProvider services)
    {
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return [.. Lines(e)];
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is OptionsValidationException))
        {
            return [.. e.InnerExceptions.Cast<OptionsValidationException>().SelectMany(Lines)];
        }
    }

    private static IEnumerable<string> Lines(OptionsValidationException e) => e.Failures.Select(failure => failure.ReplaceLineEndings(" "));
}
