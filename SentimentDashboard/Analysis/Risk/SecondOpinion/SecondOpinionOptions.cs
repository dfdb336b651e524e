using System.ComponentModel.DataAnnotations;

namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>
/// Configuration section "SecondOpinion": an LLM behind any OpenAI-compatible chat-completions endpoint (OpenAI, Groq,
/// Ollama) asked to judge risky items in the words of the TikTok tracker seed. Off by default: when on, the text of every
/// item asked about leaves for that endpoint.
/// </summary>
public sealed class SecondOpinionOptions : IValidatableObject
{
    public const string Section = "SecondOpinion";

    public bool Enabled { get; set; }

    /// <summary>The API's base address, before <c>/chat/completions</c>: e.g. <c>http://localhost:11434/v1</c> for Ollama.</summary>
    public string? BaseUrl { get; set; }

    /// <summary>The model the endpoint should run, e.g. <c>llama3.1</c>.</summary>
    public string? Model { get; set; }

    /// <summary>Sent as the bearer token; empty for an endpoint that needs none (Ollama). Never logged.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Items whose risk is at or above this are sent (by the review queue; the Playground asks on demand).</summary>
    [Range(0.0, 1.0)]
    public double MinimumRisk { get; set; } = 0.7;

    /// <summary>Longest wait for one answer; a request that takes longer is given up, not retried.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Requests sent at most per minute (retries count); as many more may wait their turn, further ones are refused.</summary>
    [Range(1, 10_000)]
    public int MaxRequestsPerMinute { get; set; } = 30;

    /// <summary>Longer texts are cut to this many characters, and the prompt says so.</summary>
    [Range(100, 100_000)]
    public int MaxTextCharacters { get; set; } = 4000;

    /// <summary>Attempts per item: the first and its retries after a 429, a 5xx or a network failure.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 3;

    /// <summary>Asks for <c>response_format: json_object</c>; turn off for an endpoint that refuses the field.</summary>
    public bool JsonResponseFormat { get; set; } = true;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(BaseUrl?.Trim(), UriKind.Absolute, out var url) || url.Scheme is not ("http" or "https"))
        {
            yield return new ValidationResult(
                "must be the http(s) address of an OpenAI-compatible API when the second opinion is enabled, e.g. http://localhost:11434/v1", [nameof(BaseUrl)]);
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("must name the model to ask when the second opinion is enabled, e.g. llama3.1", [nameof(Model)]);
        }
    }
}
