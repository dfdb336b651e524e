using SentimentDashboard.Analysis;
using SentimentDashboard.Classification;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Text;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// Turns a raw post into a scored one: cuts over-long text, finds hashtags when the source gave none, settles the
/// language (<see cref="PostLanguage"/>: the source's when it declares one), and scores English posts, and Latin-script
/// posts of undetermined language, with the four shipped models at once. Posts in other languages are kept unscored
/// rather than guessed. Not thread-safe (it owns one <see cref="ModelSet"/>): one per stage.
/// </summary>
public sealed class PostClassifier
{
    private static readonly ClassificationTask[] Order =
        [ClassificationTask.Sentiment, ClassificationTask.Hate, ClassificationTask.Offensive, ClassificationTask.Emotion];

    private readonly ModelSet? _models;
    private readonly float[] _output = [];
    private readonly TimeProvider _time;

    public PostClassifier(ModelCatalog catalog, TimeProvider time)
    {
        _time = time;
        var classifiers = Order.Select(catalog.For).ToArray();
        if (classifiers.All(c => c is not null) && classifiers.Zip(Order).All(x => x.First!.Model.Labels.SequenceEqual(x.Second.Labels)))
        {
            _models = new ModelSet([.. classifiers.Select(c => c!.Model)]);
            _output = new float[_models.OutputLength];
        }
    }

    /// <summary>False when a shipped model is missing or unusable: every post is then stored unscored.</summary>
    public bool CanScore => _models is not null;

    public ScoredPost Classify(RawPost raw)
    {
        var timestamp = _time.GetTimestamp();
        if (raw.Text.Length > PostText.MaxLength)
        {
            raw = raw with { Text = PostText.Truncate(raw.Text) };
        }

        if (raw.Event is PostEventKind.Deleted or PostEventKind.Checkpoint || raw.Event.IsEngagement())
        {
            return new ScoredPost(raw, LanguageDetector.PrimaryTag(raw.Language), raw.Tags, null, timestamp);
        }

        var tags = raw.Tags.Count > 0 ? raw.Tags : Hashtags.Extract(raw.Text);
        var language = PostLanguage.Of(raw.Language, raw.Text);
        var scores = language.ScoredAsEnglish && _models is not null ? Score(raw.Text) : null;
        return new ScoredPost(raw, language.Code, tags, scores, timestamp);
    }

    private PostScores Score(string text)
    {
        _models!.Score(text, _output);
        ReadOnlySpan<float> p = _output;

        // Model order: sentiment (3 classes), hate (2), offensive (2), emotion (4).
        var hate = p[4];
        var offensive = p[6];
        var risk = RiskScore.Compute(hate, offensive, p[0]);
        return new PostScores(p[0], p[1], p[2], hate, offensive, p[7], p[8], p[9], p[10], risk);
    }
}
