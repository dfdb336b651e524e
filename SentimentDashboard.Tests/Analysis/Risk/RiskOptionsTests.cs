using System.ComponentModel.DataAnnotations;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Tests.Analysis.Risk;

public sealed class RiskOptionsTests
{
    private static List<ValidationResult> Validate(RiskOptions options) => [.. options.Validate(new ValidationContext(options))];

    [Fact]
    public void The_defaults_are_valid_and_give_every_task_a_prior_per_label()
    {
        var options = new RiskOptions();

        Assert.Empty(Validate(options));
        Assert.All(ClassificationTask.All, task => Assert.Equal(task.Labels.Count, options.PriorsFor(task)!.Count));
        Assert.Equal(0.6, options.AlertThreshold);
    }

    [Theory]
    [InlineData("0.9", "1 numbers for 2 labels")]
    [InlineData("0.9 zero", "'zero' is not a positive number")]
    [InlineData("0.9 -0.1", "'-0.1' is not a positive number")]
    public void Bad_priors_are_refused_naming_the_setting(string priors, string message)
    {
        var result = Assert.Single(Validate(new RiskOptions { HatePriors = priors }));

        Assert.Equal(["HatePriors"], result.MemberNames);
        Assert.StartsWith(message, result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_priors_keep_the_models_own()
    {
        Assert.Null(new RiskOptions { EmotionPriors = " " }.PriorsFor(ClassificationTask.Emotion));
    }

    [Fact]
    public void High_thresholds_below_medium_ones_are_refused()
    {
        var results = Validate(new RiskOptions { MediumEngagementPerMinute = 5, HighEngagementPerMinute = 2, MediumViewers = 10, HighViewers = 5 });

        Assert.Equal(["HighEngagementPerMinute", "HighViewers"], results.SelectMany(r => r.MemberNames));
    }
}
