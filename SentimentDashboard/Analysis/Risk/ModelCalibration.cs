using Microsoft.Extensions.Options;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Analysis.Risk;

/// <summary>The prior-shift correction of every loaded model (<see cref="PriorShift"/>), with the priors of <see cref="RiskOptions"/>.</summary>
public sealed class ModelCalibration
{
    private readonly Dictionary<string, PriorShift> _shifts;

    public ModelCalibration(ModelCatalog catalog, IOptions<RiskOptions> options)
    {
        _shifts = catalog.Classifiers.ToDictionary(
            c => c.Task,
            c => PriorShift.For(c.Model.Metadata, ClassificationTask.All.FirstOrDefault(t => t.Name == c.Task) is { } task ? options.Value.PriorsFor(task) : null),
            StringComparer.Ordinal);
    }

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
