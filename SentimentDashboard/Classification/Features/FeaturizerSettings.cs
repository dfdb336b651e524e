namespace SentimentDashboard.Classification.Features;

/// <summary>How text becomes hashed features. Stored in every model file; changing it means retraining.</summary>
public sealed record FeaturizerSettings
{
    public int HashBits { get; init; } = 20;

    public int WordNgramMax { get; init; } = 2;

    public int CharNgramMin { get; init; } = 2;

    /// <summary>0 turns character n-grams off.</summary>
    public int CharNgramMax { get; init; } = 5;

    public bool MarkNegation { get; init; } = true;

    /// <summary>
    /// Whether elongated and inflected forms of listed profanities are marked too (see <see cref="ProfanityMatcher"/>).
    /// Off by default so that models saved before it existed featurize as they were trained.
    /// </summary>
    public bool MatchProfanityForms { get; init; }

    /// <summary>
    /// Whether the <see cref="Features.HateCues"/> are computed and appended to the dense features. Off by default so that
    /// models saved before it existed featurize as they were trained. Models that differ only in this setting still share
    /// one featurization (<see cref="ModelSet"/>): the cues come last, and a model without them reads only what precedes.
    /// </summary>
    public bool HateCues { get; init; }

    public int BucketCount => 1 << HashBits;

    public void Validate()
    {
        if (HashBits is < 12 or > 24)
        {
            throw new ArgumentException($"hash bits must be 12..24 (got {HashBits})");
        }

        if (WordNgramMax is < 1 or > 3)
        {
            throw new ArgumentException($"word n-grams must be 1..3 (got {WordNgramMax})");
        }

        if (CharNgramMax != 0 && (CharNgramMin < 1 || CharNgramMin > CharNgramMax || CharNgramMax > 6))
        {
            throw new ArgumentException($"character n-grams must satisfy 1 <= min <= max <= 6 (got {CharNgramMin}-{CharNgramMax})");
        }
    }
}
