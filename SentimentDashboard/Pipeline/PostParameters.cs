using Microsoft.Data.Sqlite;
using SentimentDashboard.Monitoring;

namespace SentimentDashboard.Pipeline;

/// <summary>The parameters of one post statement, bound once per row; a statement ignores those it does not use.</summary>
internal sealed class PostParameters
{
    public const string Columns =
        "MonitorId, MonitorKind, DedupeScope, SourceId, CreatedAt, Author, Language, Text, Url, Tags, Reblogs, Favourites, Replies, " +
        "Sensitive, SpoilerText, Deleted, Edited, Scored, Sentiment, Negative, Neutral, Positive, Hate, Offensive, Emotion, Anger, Joy, " +
        "Optimism, Sadness, Risk";

    public const string Values =
        "$MonitorId, $MonitorKind, $DedupeScope, $SourceId, $CreatedAt, $Author, $Language, $Text, $Url, $Tags, COALESCE($Reblogs, 0), " +
        "COALESCE($Favourites, 0), COALESCE($Replies, 0), $Sensitive, $SpoilerText, 0, $Edited, $Scored, $Sentiment, $Negative, $Neutral, $Positive, $Hate, $Offensive, $Emotion, " +
        "$Anger, $Joy, $Optimism, $Sadness, $Risk";

    /// <summary>What an edit changes.</summary>
    public const string UpdateAssignments =
        "Text = $Text, Language = $Language, Tags = $Tags, Reblogs = COALESCE($Reblogs, Reblogs), Favourites = COALESCE($Favourites, Favourites), " +
        "Replies = COALESCE($Replies, Replies), " +
        "Sensitive = $Sensitive, SpoilerText = $SpoilerText, Edited = 1, Scored = $Scored, Sentiment = $Sentiment, Negative = $Negative, " +
        "Neutral = $Neutral, Positive = $Positive, Hate = $Hate, Offensive = $Offensive, Emotion = $Emotion, Anger = $Anger, Joy = $Joy, " +
        "Optimism = $Optimism, Sadness = $Sadness, Risk = $Risk";

    public const string Identity = "MonitorKind = $MonitorKind AND DedupeScope = $DedupeScope AND SourceId = $SourceId";

    private readonly SqliteParameter _monitorId, _monitorKind, _dedupeScope, _sourceId, _createdAt, _author, _language, _text, _url, _tags;
    private readonly SqliteParameter _reblogs, _favourites, _replies, _sensitive, _spoilerText, _edited, _scored, _sentiment;
    private readonly SqliteParameter _negative, _neutral, _positive, _hate, _offensive, _emotion, _anger, _joy, _optimism, _sadness, _risk;

    public PostParameters(SqliteCommand command)
    {
        SqliteParameter Add(string name, SqliteType type) => command.Parameters.Add("$" + name, type);
        _monitorId = Add("MonitorId", SqliteType.Integer);
        _monitorKind = Add("MonitorKind", SqliteType.Text);
        _dedupeScope = Add("DedupeScope", SqliteType.Integer);
        _sourceId = Add("SourceId", SqliteType.Text);
        _createdAt = Add("CreatedAt", SqliteType.Integer);
        _author = Add("Author", SqliteType.Text);
        _language = Add("Language", SqliteType.Text);
        _text = Add("Text", SqliteType.Text);
        _url = Add("Url", SqliteType.Text);
        _tags = Add("Tags", SqliteType.Text);
        _reblogs = Add("Reblogs", SqliteType.Integer);
        _favourites = Add("Favourites", SqliteType.Integer);
        _replies = Add("Replies", SqliteType.Integer);
        _sensitive = Add("Sensitive", SqliteType.Integer);
        _spoilerText = Add("SpoilerText", SqliteType.Text);
        _edited = Add("Edited", SqliteType.Integer);
        _scored = Add("Scored", SqliteType.Integer);
        _sentiment = Add("Sentiment", SqliteType.Text);
        _negative = Add("Negative", SqliteType.Real);
        _neutral = Add("Neutral", SqliteType.Real);
        _positive = Add("Positive", SqliteType.Real);
        _hate = Add("Hate", SqliteType.Real);
        _offensive = Add("Offensive", SqliteType.Real);
        _emotion = Add("Emotion", SqliteType.Text);
        _anger = Add("Anger", SqliteType.Real);
        _joy = Add("Joy", SqliteType.Real);
        _optimism = Add("Optimism", SqliteType.Real);
        _sadness = Add("Sadness", SqliteType.Real);
        _risk = Add("Risk", SqliteType.Real);
    }

    public void Bind(ScoredPost post, MonitorKind kind, long dedupeScope, bool edited)
    {
        var raw = post.Raw;
        var scores = post.Scores;
        _monitorId.Value = raw.MonitorId;
        _monitorKind.Value = kind.ToString();
        _dedupeScope.Value = dedupeScope;
        _sourceId.Value = raw.SourceId;
        _createdAt.Value = raw.CreatedAt.ToUnixTimeMilliseconds();
        _author.Value = Nullable(raw.Author);
        _language.Value = Nullable(post.Language);
        _text.Value = raw.Text;
        _url.Value = Nullable(raw.Url);
        _tags.Value = string.Join(' ', post.Tags);
        _reblogs.Value = Nullable(raw.Reblogs);
        _favourites.Value = Nullable(raw.Favourites);
        _replies.Value = Nullable(raw.Replies);
        _sensitive.Value = raw.Sensitive;
        _spoilerText.Value = Nullable(raw.SpoilerText);
        _edited.Value = edited;
        _scored.Value = scores is not null;
        _sentiment.Value = Nullable(scores?.Sentiment);
        _negative.Value = Nullable(scores?.Negative);
        _neutral.Value = Nullable(scores?.Neutral);
        _positive.Value = Nullable(scores?.Positive);
        _hate.Value = Nullable(scores?.Hate);
        _offensive.Value = Nullable(scores?.Offensive);
        _emotion.Value = Nullable(scores?.Emotion);
        _anger.Value = Nullable(scores?.Anger);
        _joy.Value = Nullable(scores?.Joy);
        _optimism.Value = Nullable(scores?.Optimism);
        _sadness.Value = Nullable(scores?.Sadness);
        _risk.Value = Nullable(scores?.Risk);
    }

    private static object Nullable(string? value) => value is null ? DBNull.Value : value;

    private static object Nullable(int? value) => value is { } number ? number : DBNull.Value;

    private static object Nullable(float? value) => value is { } number ? (double)number : DBNull.Value;
}
