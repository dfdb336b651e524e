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

    /// <summary>
    /// On a new database (no monitor yet), add the demo monitors so a first start shows something at once: a replay of
    /// the bundled, invented demo corpus and a Mastodon hashtag timeline (offline without network). Delete them at will.
    /// </summary>
    public bool SeedDemo { get; set; } = true;

    /// <summary>The bundled demo corpus next to the executable; its replay follows a <see cref="Replay.DemoTimeline"/>.</summary>
    public static string DemoCorpus { get; } = Path.Combine(AppContext.BaseDirectory, "Demo", "demo-posts.jsonl");

    /// <summary>The monitors <see cref="SeedDemo"/> adds.</summary>
    public static IReadOnlyList<string> DemoMonitors { get; } =
    [
        "replay:" + DemoCorpus,
        "mastodon:https://mastodon.social/tags/news",
    ];

    /// <summary>Longest wait before restarting a failed monitor (the wait doubles from one second after each failure).</summary>
    [Range(1, 86_400)]
    public int MaxRestartDelaySeconds { get; set; } = 300;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        for (var i = 0; i < Startup.Count; i++)
        {
            if (!MonitorTargets.TryParse(Startup[i], out _, out _, out var error))
            {
                yield return new ValidationResult(error, [$"{nameof(Startup)}:{i}"]);
            }
        }
    }
}
