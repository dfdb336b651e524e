using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Claims;
using System.Text;
using SentimentDashboard.Accounts;
using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Api;
using SentimentDashboard.Audit;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Review;

/// <summary>
/// <c>GET /api/reviews</c>, <c>POST /api/reviews/{id}/decision</c>, the review page's CSV export and the training
/// files of the decisions (<c>id&lt;TAB&gt;label&lt;TAB&gt;text</c>, which the <c>train</c> command reads).
/// </summary>
internal static class ReviewEndpoints
{
    private const int MaxLimit = 100_000;

    private static readonly string[] Header =
    [
        "id", "status", "post_id", "source_id", "monitor", "author", "lang", "text", "posted_at", "queued_at", "risk", "hate", "offensive",
        "model_hate", "model_offensive", "model_sentiment", "model_category", "label_hate", "label_offensive", "label_sentiment", "label_category",
        "decided_at", "decided_by", "note", "llm_category", "llm_hate", "llm_score", "llm_error",
    ];

    public static RouteGroupBuilder MapReview(this RouteGroupBuilder api, IEndpointRouteBuilder endpoints)
    {
        api.MapGet("/reviews", ListAsync)
            .WithSummary("The review queue: pending items, highest risk first, or decisions, latest first")
            .WithDescription("Query: decided=1 (decisions instead of pending items), status (confirmed, dismissed, relabelled), monitor (id), limit (1-1000, default 100).");
        api.MapPost("/reviews/{id:long}/decision", DecideAsync).RequireAuthorization(Policies.ApiWrite)
            .WithSummary("Decide a pending item")
            .WithDescription("Body: {\"decision\": \"confirm\" | \"dismiss\" | \"relabel\", \"note\": ...}; relabel also takes hate, offensive (booleans), sentiment and category.");
        endpoints.MapGet("/export/reviews.csv", ExportAsync).ExcludeFromDescription().RequireAuthorization(Policies.Analyst);
        endpoints.MapGet("/export/reviews.tsv", TrainingFileAsync).ExcludeFromDescription().RequireAuthorization(Policies.Analyst);
        return api;
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ReviewQueue queue)
    {
        var items = await queue.ListAsync(ReviewFilter.FromQuery(request.Query, 100, 1000), request.HttpContext.RequestAborted);
        return Results.Ok(new { items = items.Select(ReviewResponse.Of) });
    }

    private static async Task<IResult> DecideAsync(long id, HttpContext http, ReviewQueue queue, ReviewNotices notices)
    {
        var (request, unreadable) = await JsonBody.ReadAsync<ReviewDecisionRequest>(http.Request);
        if (unreadable is not null)
        {
            return unreadable;
        }

        if (Decision(request) is not { } decide)
        {
            return Results.Problem(
                title: "Bad request", statusCode: StatusCodes.Status400BadRequest,
                detail: "Send {\"decision\": \"confirm\"} or {\"decision\": \"dismiss\"}, or {\"decision\": \"relabel\", \"hate\": BOOL, \"offensive\": BOOL, " +
                    $"\"sentiment\": one of {string.Join(", ", ClassificationTask.Sentiment.Labels)}, \"category\": one of {string.Join(", ", RiskNames.Categories)}}}.");
        }

        if (!await queue.DecideAsync(id, decide, http.User.FindFirstValue(ClaimTypes.NameIdentifier), AuditLog.ActorOf(http.User), http.RequestAborted))
        {
            return Results.Problem(title: "Conflict", detail: $"Item #{id} does not exist or is decided already.", statusCode: StatusCodes.Status409Conflict);
        }

        notices.Publish(new ReviewChange(0, id));
        return Results.Ok(ReviewResponse.Of((await queue.FindAsync(id, http.RequestAborted))!));
    }

    private static Func<ReviewItemEntity, ReviewDecision>? Decision(ReviewDecisionRequest? request) => request?.Decision?.ToLowerInvariant() switch
    {
        "confirm" => item => ReviewDecision.Confirm(item, request.Note),
        "dismiss" => _ => ReviewDecision.Dismiss(request.Note),
        "relabel" when request is { Hate: { } hate, Offensive: { } offensive, Sentiment: { } sentiment, Category: { } category }
            && ClassificationTask.Sentiment.LabelIndex(sentiment) >= 0 && RiskNames.Categories.Contains(category) =>
            _ => ReviewDecision.Relabel(hate, offensive, sentiment.ToLowerInvariant(), category, request.Note),
        _ => null,
    };

    private static Task ExportAsync(HttpContext http, ReviewQueue queue) =>
        CsvResponse.WriteAsync(http, "reviews", Header, Rows(queue, ReviewFilter.FromQuery(http.Request.Query, MaxLimit, MaxLimit), http.RequestAborted));

    private static async IAsyncEnumerable<string?[]> Rows(ReviewQueue queue, ReviewFilter filter, [EnumeratorCancellation] CancellationToken cancellation)
    {
        await foreach (var i in queue.StreamAsync(filter, cancellation))
        {
            yield return
            [
                Integer(i.Id), ReviewNames.Of(i.Status), Integer(i.PostId), i.SourceId, i.MonitorName, i.Author, i.Language, i.Text,
                CsvResponse.Time(i.PostedAt), CsvResponse.Time(i.QueuedAt), CsvResponse.Number(i.Risk), CsvResponse.Number(i.Hate), CsvResponse.Number(i.Offensive),
                Flag(i.ModelHate), Flag(i.ModelOffensive), i.ModelSentiment, i.ModelCategory, Flag(i.LabelHate), Flag(i.LabelOffensive), i.LabelSentiment,
                i.LabelCategory, CsvResponse.Time(i.DecidedAt), i.DecidedByName, i.Note, i.OpinionCategory, Flag(i.OpinionHate), CsvResponse.Number(i.OpinionScore),
                i.OpinionError,
            ];
        }
    }

    /// <summary>The decided items that carry a label for the task, as a SemEval TSV for <c>train --task TASK --train FILE</c>, streamed.</summary>
    private static async Task TrainingFileAsync(HttpContext http, ReviewQueue queue)
    {
        var task = ClassificationTask.All.FirstOrDefault(t => t.Name == http.Request.Query["task"].ToString() && t.Name is "hate" or "offensive" or "sentiment");
        if (task is null)
        {
            await Results.Problem(title: "Bad request", detail: "Name the task: ?task=hate, offensive or sentiment.", statusCode: StatusCodes.Status400BadRequest)
                .ExecuteAsync(http);
            return;
        }

        http.Response.ContentType = "text/tab-separated-values; charset=utf-8";
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"reviews-{task.Name}.tsv\"";
        await using var output = new StreamWriter(http.Response.Body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        await foreach (var item in queue.StreamAsync(new ReviewFilter(Decided: true, Limit: MaxLimit), http.RequestAborted))
        {
            if (LabelFor(task, item) is { } label)
            {
                await output.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"review-{item.Id}\t{label}\t{OneLine(item.Text)}\n"));
            }
        }
    }

    private static string? LabelFor(ClassificationTask task, ReviewItemEntity item) => task.Name switch
    {
        "hate" => item.LabelHate is { } hate ? task.Labels[hate ? 1 : 0] : null,
        "offensive" => item.LabelOffensive is { } offensive ? task.Labels[offensive ? 1 : 0] : null,
        _ => item.LabelSentiment,
    };

    private static string OneLine(string text) => string.Join(' ', text.Split(['\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    private static string? Integer(long? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string? Flag(bool? value) => value switch { true => "1", false => "0", null => null };
}
