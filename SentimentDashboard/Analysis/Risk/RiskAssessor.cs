using Microsoft.Extensions.Options;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Analysis.Risk;

/// <summary>
/// Turns the four models' probabilities (in <see cref="Tasks"/> order, as <see cref="ModelSet"/> writes them) and a
/// post's engagement into its <see cref="RiskAssessment"/>. Labels stay each model's argmax (the hate model's decides
/// at its own threshold); the prior-corrected probabilities feed the risk, the category and the display. Thread-safe.
/// </summary>
public sealed class RiskAssessor
{
    public static readonly IReadOnlyList<ClassificationTask> Tasks =
        [ClassificationTask.Sentiment, ClassificationTask.Hate, ClassificationTask.Offensive, ClassificationTask.Emotion];

    public const int OutputLength = 11;
    private const int Negative = 0, NotHate = 3, Hate = 4, NotOffensive = 5, Offensive = 6, Emotions = 7;
    private const float PolemicNegative = 0.5f;

    private readonly PriorShift?[] _shifts;
    private readonly int[] _offsets = [0, 3, 5, 7];
    private readonly ViralityEstimator _virality;
    private readonly HateTargetDetector _targets;
    private readonly RiskOptions _options;

    public RiskAssessor(ModelCalibration calibration, HateTargetDetector targets, IOptions<RiskOptions> options)
    {
        _options = options.Value;
        _shifts = [.. Tasks.Select(t => calibration.For(t.Name))];
        _virality = new ViralityEstimator(_options);
        _targets = targets;
    }

    public RiskOptions Options => _options;

    /// <summary>The prior-corrected copy of <paramref name="probabilities"/> (a model without a correction is copied as is).</summary>
    public void Calibrate(ReadOnlySpan<float> probabilities, Span<float> calibrated)
    {
        for (var m = 0; m < Tasks.Count; m++)
        {
            var classes = Tasks[m].Labels.Count;
            var from = probabilities.Slice(_offsets[m], classes);
            var to = calibrated.Slice(_offsets[m], classes);
            if (_shifts[m] is { } shift)
            {
                shift.Apply(from, to);
            }
            else
            {
                from.CopyTo(to);
            }
        }
    }

    public RiskAssessment Assess(string text, ReadOnlySpan<float> probabilities, Engagement engagement, DateTimeOffset postedAt, DateTimeOffset now)
    {
        Span<float> calibrated = stackalloc float[OutputLength];
        Calibrate(probabilities, calibrated);
        var content = RiskScore.Compute(calibrated[Hate], calibrated[Offensive], calibrated[Negative]);
        var (virality, perMinute) = _virality.Estimate(engagement, postedAt, now);
        var risk = RiskScore.WithVirality(content, virality);

        var hateful = probabilities[Hate] > probabilities[NotHate];
        var offensive = probabilities[Offensive] > probabilities[NotOffensive];
        // Sentiment and emotion decide nothing here on their own: a prior-corrected majority of negative, with anger the
        // strongest emotion, makes a post polemic (uncorrected, plain speech such as Kennedy's reads negative and angry).
        var angryNegative = calibrated[Negative] >= PolemicNegative && BatchScoring.ArgMax(calibrated.Slice(Emotions, 4)) == 0;
        var category = hateful ? RiskCategory.Hateful
            : offensive || angryNegative ? RiskCategory.Polemic
            : virality == ViralityLevel.High ? RiskCategory.PotentiallyViral
            : RiskCategory.Neutral;
        var target = hateful || calibrated[Hate] >= _options.TargetMinimumHate ? _targets.Detect(text) : TargetMatch.None;

        var assessment = new RiskAssessment(
            calibrated[Negative], calibrated[Hate], calibrated[Offensive], content, virality, perMinute, category, target, risk, "");
        return assessment with { Justification = RiskJustification.Write(assessment, offensive, angryNegative, engagement) };
    }
}
