using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Monitoring;

/// <summary>
/// Configuration section "Monitors". <see cref="Startup"/> lists <c>KIND:TARGET</c> monitors to add (or keep and
/// resume) at start; <c>--monitor</c> and <c>--replay</c> fill it (keys Monitors:Startup:0, :1, ...).
/// </summary>
public sealed class MonitoringOptions : IValidatableObject
{
    public const string Section = "Monitors";

    public List<string> Startup { get; set; } = [];

    /// <summary>Longest wait before restarting a failed monitor (the wait doubles from one second after each failure).</summary>
    [Range(1, 86_400)]
    public int MaxRestartDelaySeconds { get; set; } = 300;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Startup.Count; i++)
        {
            if (!MonitorTargets.TryParse(Startup[i], out _, out _, out var error))
            {
                yield return new ValidationResult($"{Section}:{nameof(Startup)}:{i}: {error}", [nameof(Startup)]);
            }
        }
    }
}
