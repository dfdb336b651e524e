using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.OpenApi;
using SentimentDashboard.Analysis;

namespace SentimentDashboard.Api;

/// <summary>
/// <c>GET /api/overview?QUERY</c>: what the overview page shows for the same query string (the page's URL after
/// <c>/</c>; no range: the last 24 hours), read by the page's own <see cref="OverviewLoader"/>.
/// </summary>
internal static class OverviewEndpoint
{
    /// <summary>The query string's keys, as <see cref="PostFilter.Parse"/> reads them; malformed values are ignored, as on the page.</summary>
    private static readonly (string Name, string Description)[] Parameters =
    [
        ("range", "Relative window: 15m, 1h, 6h, 24h (default), 7d, 30d or all; N followed by m, h or d also works"),
        ("from", "Absolute window start, ISO 8601 (UTC unless an offset is given); replaces range"),
        ("to", "Absolute window end, ISO 8601; replaces range"),
        ("monitor", "Monitor id"),
        ("sentiment", "negative, neutral, positive or unscored"),
        ("hate", "1: hateful posts only"),
        ("offensive", "1: offensive posts only"),
        ("tag", "Hashtag, with or without #"),
        ("term", "A word the text contains"),
        ("lang", "Language code, or unknown"),
        ("author", "Author, exactly"),
        ("q", "Text the post contains"),
        ("bucket", "Chart bucket: minute, hour or day (default: by the window's length)"),
    ];

    public static RouteHandlerBuilder MapOverview(this RouteGroupBuilder api) =>
        api.MapGet("/overview", HandleAsync)
            .WithSummary("The overview's numbers for a filter")
            .WithDescription("Counters, posts per time bucket by sentiment label, hateful and offensive shares, top hashtags, trending terms, languages, monitors and authors: what the dashboard's overview shows for the same query string.")
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                operation.Parameters ??= [];
                foreach (var (name, description) in Parameters)
                {
                    operation.Parameters.Add(new OpenApiParameter
                    {
                        Name = name,
                        In = ParameterLocation.Query,
                        Description = description,
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    });
                }

                return Task.CompletedTask;
            });

    private static async Task<Ok<OverviewResponse>> HandleAsync(HttpRequest request, OverviewLoader loader, TimeProvider clock)
    {
        var filter = PostFilter.Parse(request.QueryString.Value);
        var (from, to) = filter.Range.Resolve(clock.GetUtcNow());
        // The window is fixed before loading, so the numbers and the window they are for agree.
        var overview = await loader.LoadAsync(filter with { Range = new TimeRange(null, from, to) }, OverviewLoader.TopItems, request.HttpContext.RequestAborted);
        return TypedResults.Ok(new OverviewResponse(
            from, to, overview.Granularity.ToString().ToLowerInvariant(), overview.Counters, overview.Timeline, overview.Toxicity, overview.Tags,
            overview.Trending, overview.Languages, overview.Volumes, overview.Authors, RecentSample.Size));
    }
}
