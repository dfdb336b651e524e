namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>The LLM's opinion, or why there is none: exactly one is set. <paramref name="Error"/> is a sentence for a moderator.</summary>
public sealed record SecondOpinionResult(SecondOpinion? Opinion, string? Error)
{
    public static SecondOpinionResult Of(SecondOpinion opinion) => new(opinion, null);

    public static SecondOpinionResult Failed(string error) => new(null, error);
}
