namespace SentimentDashboard.Data;

/// <summary>
/// The risk analysis of a scored post (table PostRisks, one row per post, deleted with it; see
/// <see cref="Analysis.Risk.RiskAssessment"/>): the prior-corrected probabilities behind its risk, its category,
/// virality and the target of its hate, in the words <see cref="Analysis.Risk.RiskNames"/> gives. Posts stored before
/// schema version 5 have none.
/// </summary>
public sealed class PostRiskEntity
{
    public long PostId { get; set; }

    public float CalibratedNegative { get; set; }

    public float CalibratedHate { get; set; }

    public float CalibratedOffensive { get; set; }

    /// <summary>The risk from what the post says, before virality.</summary>
    public float ContentRisk { get; set; }

    /// <summary>neutral, polemic, potentially viral or hateful.</summary>
    public required string Category { get; set; }

    /// <summary>low, medium or high.</summary>
    public required string Virality { get; set; }

    /// <summary>Reblogs, favourites and replies per minute since posting; for a live segment, viewers gained per minute.</summary>
    public double EngagementPerMinute { get; set; }

    /// <summary>origin, religion, gender, sexual orientation, disability, an individual, another group; null when none is detectable.</summary>
    public string? HateTarget { get; set; }

    /// <summary>The words that named the target, space-separated in quotes order; empty without a target.</summary>
    public string TargetTerms { get; set; } = "";

    public required string Justification { get; set; }
}
