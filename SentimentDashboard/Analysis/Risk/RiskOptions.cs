using System.ComponentModel.DataAnnotations;
using System.Globalization;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Analysis.Risk;

/// <summary>
/// Configuration section "Risk": the class priors the models' probabilities are corrected to (<see cref="PriorShift"/>),
/// the engagement rates that make a post viral, and the risk from which a post counts as an alert.
/// </summary>
public sealed class RiskOptions : IValidatableObject
{
    public const string Section = "Risk";

    /// <summary>The default risk from which a post deserves an alert (see <see cref="AlertThreshold"/>).</summary>
    public const double DefaultAlertThreshold = 0.6;

    /// <summary>Risk at or above which a post or segment is an alert; the alert rules start from it.</summary>
    [Range(0.0, 1.0)]
    public double AlertThreshold { get; set; } = DefaultAlertThreshold;

    // Priors per task, in label order, space-separated; the defaults are the shares of the shipped models' training
    // rows (models/README.md). Empty: the model's own uniform prior is kept.

    /// <summary>negative, neutral, positive: 7,515 / 21,910 / 18,909 of the sentiment training tweets.</summary>
    public string SentimentPriors { get; set; } = "0.155 0.453 0.391";

    /// <summary>not-hate, hate: 3,783 hateful of 11,574 hate training rows.</summary>
    public string HatePriors { get; set; } = "0.673 0.327";

    /// <summary>not-offensive, offensive: 3,941 offensive of 11,916.</summary>
    public string OffensivePriors { get; set; } = "0.669 0.331";

    /// <summary>anger, joy, optimism, sadness: 1,400 / 708 / 294 / 855 of 3,257.</summary>
    public string EmotionPriors { get; set; } = "0.430 0.217 0.090 0.263";

    /// <summary>Reblogs, favourites and replies per minute since posting from which a post's virality is medium.</summary>
    [Range(0.0, 1e9)]
    public double MediumEngagementPerMinute { get; set; } = 1;

    /// <summary>... and high.</summary>
    [Range(0.0, 1e9)]
    public double HighEngagementPerMinute { get; set; } = 10;

    /// <summary>Viewers of a live from which its segments' virality is medium.</summary>
    [Range(0, int.MaxValue)]
    public int MediumViewers { get; set; } = 1_000;

    [Range(0, int.MaxValue)]
    public int HighViewers { get; set; } = 10_000;

    /// <summary>Viewers gained per minute from which a live's virality is medium, whatever its size.</summary>
    [Range(0.0, 1e9)]
    public double MediumViewerGrowthPerMinute { get; set; } = 100;

    [Range(0.0, 1e9)]
    public double HighViewerGrowthPerMinute { get; set; } = 1_000;

    /// <summary>Calibrated hate probability from which the target of a post's hate is looked for and reported.</summary>
    [Range(0.0, 1.0)]
    public double TargetMinimumHate { get; set; } = 0.3;

    /// <summary>The configured priors of <paramref name="task"/>, or null to keep the model's.</summary>
    public IReadOnlyList<double>? PriorsFor(ClassificationTask task) => ParsePriors(task.Name switch
    {
        "sentiment" => SentimentPriors,
        "hate" => HatePriors,
        "offensive" => OffensivePriors,
        "emotion" => EmotionPriors,
        _ => null,
    });

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var task in ClassificationTask.All)
        {
            var name = task.Name[..1].ToUpperInvariant() + task.Name[1..] + "Priors";
            IReadOnlyList<double>? priors = null;
            string? problem = null;
            try
            {
                priors = PriorsFor(task);
            }
            catch (FormatException e)
            {
                problem = e.Message;
            }

            if (problem is null && priors is not null && priors.Count != task.Labels.Count)
            {
                problem = $"{priors.Count} numbers for {task.Labels.Count} labels";
            }

            if (problem is not null)
            {
                yield return new ValidationResult(
                    $"{problem} (expected {task.Labels.Count} positive numbers, space-separated, for {string.Join(", ", task.Labels)}; empty keeps the model's prior)", [name]);
            }
        }

        if (HighEngagementPerMinute < MediumEngagementPerMinute)
        {
            yield return new ValidationResult("must not be below MediumEngagementPerMinute", [nameof(HighEngagementPerMinute)]);
        }

        if (HighViewers < MediumViewers)
        {
            yield return new ValidationResult("must not be below MediumViewers", [nameof(HighViewers)]);
        }

        if (HighViewerGrowthPerMinute < MediumViewerGrowthPerMinute)
        {
            yield return new ValidationResult("must not be below MediumViewerGrowthPerMinute", [nameof(HighViewerGrowthPerMinute)]);
        }
    }

    private static double[]? ParsePriors(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(part =>
            double.TryParse(part, NumberStyles.Float, CultureInfo.InvariantCulture, out var prior) && prior > 0 && double.IsFinite(prior)
                ? prior
                : throw new FormatException($"'{part}' is not a positive number")).ToArray();
    }
}
