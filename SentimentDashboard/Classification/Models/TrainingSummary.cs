namespace SentimentDashboard.Classification.Models;

/// <summary>How a model was made: enough to reproduce it and to judge it.</summary>
public sealed record TrainingSummary
{
    public DateTimeOffset CreatedUtc { get; init; }

    public string DataHash { get; init; } = "";

    public IReadOnlyList<string> DataFiles { get; init; } = [];

    public int TrainingRows { get; init; }

    public int ValidationRows { get; init; }

    public double L2 { get; init; }

    public string ClassWeights { get; init; } = "balanced";

    public int Seed { get; init; }

    public int Iterations { get; init; }

    public double Seconds { get; init; }

    public string? VectorsSource { get; init; }

    public string? LexiconSource { get; init; }

    public IReadOnlyList<string> ProfanitySources { get; init; } = [];

    /// <summary>Per-class offsets folded into the bias so decisions maximise the task's metric (see DecisionOffsets); empty when not tuned.</summary>
    public IReadOnlyList<float> DecisionOffsets { get; init; } = [];

    /// <summary>The second class's probability from which a two-class model decides it, folded into <see cref="DecisionOffsets"/>; null: 0.5.</summary>
    public double? Threshold { get; init; }

    /// <summary>The evaluation report on the validation rows, as the JSON line `evaluate` prints.</summary>
    public string? ValidationReport { get; init; }
}
