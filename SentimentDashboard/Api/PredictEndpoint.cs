using SentimentDashboard.Classification;
using SentimentDashboard.Text;

namespace SentimentDashboard.Api;

/// <summary><c>POST /api/predict</c> <c>{"text":".."}</c>: every model's label and scores.</summary>
internal static class PredictEndpoint
{
    /// <summary>Far above any post; the models read the first <see cref="TweetTokenizer.MaxInputLength"/> characters anyway.</summary>
    public const int MaxTextLength = 100_000;

    public static async Task<IResult> HandleAsync(HttpRequest http, ITextAnalyzer analyzer, ModelCatalog catalog)
    {
        var (request, problem) = await JsonBody.ReadAsync<PredictRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        if (request?.Text is not { Length: > 0 } text || string.IsNullOrWhiteSpace(text))
        {
            return Results.Problem(title: "Bad request", detail: "Send a JSON body {\"text\": \"...\"} with a non-empty text.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (text.Length > MaxTextLength)
        {
            return Results.Problem(title: "Text too long", detail: $"The text has {text.Length} characters; the limit is {MaxTextLength}.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        if (catalog.Classifiers.Count == 0)
        {
            return Results.Problem(title: "No models loaded", detail: string.Join("; ", catalog.Problems), statusCode: StatusCodes.Status503ServiceUnavailable);
        }

        return Results.Ok(new PredictResponse(analyzer.Analyze(text)));
    }
}
