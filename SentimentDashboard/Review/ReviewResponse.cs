using System.Text.Json.Serialization;

namespace SentimentDashboard.Review;

/// <summary>One queued item as <c>GET /api/reviews</c> returns it: the post, the models' labels, the second opinion and the decision.</summary>
public sealed record ReviewResponse(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("post_id")] long? PostId,
    [property: JsonPropertyName("source_id")] string SourceId,
    [property: JsonPropertyName("monitor")] string Monitor,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("lang")] string? Language,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("posted_at")] DateTimeOffset PostedAt,
    [property: JsonPropertyName("queued_at")] DateTimeOffset QueuedAt,
    [property: JsonPropertyName("risk")] float Risk,
    [property: JsonPropertyName("hate")] float Hate,
    [property: JsonPropertyName("offensive")] float Offensive,
    [property: JsonPropertyName("model_labels")] ReviewLabels ModelLabels,
    [property: JsonPropertyName("justification")] string Justification,
    [property: JsonPropertyName("labels")] ReviewLabels? Labels,
    [property: JsonPropertyName("decided_at")] DateTimeOffset? DecidedAt,
    [property: JsonPropertyName("decided_by")] string? DecidedBy,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("second_opinion")] ReviewOpinion? SecondOpinion)
{
    public static ReviewResponse Of(ReviewItemEntity i) => new(
        i.Id, ReviewNames.Of(i.Status), i.PostId, i.SourceId, i.MonitorName, i.Author, i.Language, i.Text, i.PostedAt, i.QueuedAt,
        i.Risk, i.Hate, i.Offensive,
        new ReviewLabels(i.ModelHate, i.ModelOffensive, i.ModelSentiment, i.ModelCategory), i.Justification,
        i.Status == ReviewStatus.Pending ? null : new ReviewLabels(i.LabelHate, i.LabelOffensive, i.LabelSentiment, i.LabelCategory),
        i.DecidedAt, i.DecidedByName, i.Note,
        i.OpinionAt is null ? null
            : new ReviewOpinion(i.OpinionCategory, i.OpinionVirality, i.OpinionHate, i.OpinionTarget, i.OpinionJustification, i.OpinionScore, i.OpinionModel, i.OpinionError, i.OpinionAt.Value));
}
