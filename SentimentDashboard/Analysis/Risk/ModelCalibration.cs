using Microsoft.Extensions.Options;
using SentimentDashboard.Classification;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Analysis.Risk;

/// <summary>The prior-shift correction of every loaded model (<see cref="PriorShift"/>), with the priors of <see cref="RiskOptions"/>.</summary>
public sealed class ModelCalibration
{
    private readonly Dictionary<string, PriorShift> _shifts;

    public ModelCalibration(ModelCatalog catalog, IOptions<RiskOptions> options)
        : this(catalog.Classifiers.Select(c => c.Model.Metadata), options.Value)
    {
    }

    private ModelCalibration(IEnumerable<ModelMetadata> models, RiskOptions options)
    {
        _shifts = models.ToDictionary(
            m => m.Task,
            m => PriorShift.For(m, ClassificationTask.All.FirstOrDefault(t => t.Name == m.Task) is { } task ? options.PriorsFor(task) : null),
            StringComparer.Ordinal);
    }

    /// <summary>The corrections of models loaded without a catalog (the bench).</summary>
    public static ModelCalibration Of(IEnumerable<ModelMetadata> models, RiskOptions options) => new(models, options);

    public PriorShift? For(string task) => _shifts.GetValueOrDefault(task);

    /// <summary>The calibrated probabilities of one model's prediction, by label.</summary>
    public IReadOnlyDictionary<string, float> Calibrate(Prediction prediction, IReadOnlyList<string> labels)
    {
        var raw = labels.Select(l => prediction.Scores.GetValueOrDefault(l)).ToArray();
        var corrected = new float[raw.Length];
        if (For(prediction.Task) is { } shift)
        {
            shift.Apply(raw, corrected);
        }
        else
        {
            raw.CopyTo(corrected, 0);
        }

        return labels.Select((l, i) => (l, corrected[i])).ToDictionary(x => x.l, x => x.Item2, StringComparer.Ordinal);
    }
}
