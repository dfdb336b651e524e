using SentimentDashboard.Analysis.Risk;
using SentimentDashboard.Classification;
using SentimentDashboard.Monitoring;
using SentimentDashboard.Text;

namespace SentimentDashboard.Pipeline;

/// <summary>
/// Turns a raw post into a scored one: cuts over-long text, finds hashtags when the source gave none, settles the
/// language (<see cref="PostLanguage"/>: the source's when it declares one), and scores English posts, and Latin-script
/// posts of undetermined language, with the four shipped models at once. Posts in other languages are kept unscored
/// rather than guessed. Each scored post gets its risk analysis (<see cref="RiskAssessor"/>). Not thread-safe (it owns one <see cref="ModelSet"/>): one per stage.
/// </summary>
public sealed class PostClassifier
{
    private readonly ModelSet? _models;
    private readonly float[] _output = [];
    private readonly RiskAssessor _risk;
    private readonly TimeProvider _time;

    public PostClassifier(ModelCatalog catalog, RiskAssessor risk, TimeProvider time)
    {
        _risk = risk;
        _time = time;
        var order = RiskAssessor.Tasks;
        var classifiers = order.Select(catalog.For).ToArray();
        if (classifiers.All(c => c is not null) && classifiers.Zip(order).All(x => x.First!.Model.Labels.SequenceEqual(x.Second.Labels)))
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
        var scores = language.ScoredAsEnglish && _models is not null ? Score(raw) : null;
        return new ScoredPost(raw, language.Code, tags, scores, timestamp);
    }

    private PostScores Score(RawPost raw)
    {
        _models!.Score(raw.Text, _output);
        ReadOnlySpan<float> p = _output;
        var engagement = new Engagement(raw.Reblogs ?? 0, raw.Favourites ?? 0, raw.Replies ?? 0, raw.Viewers, raw.ViewerGrowthPerMinute);
        var assessment = _risk.Assess(raw.Text, p, engagement, raw.CreatedAt, _time.GetUtcNow());

        // Model order: sentiment (3 classes), hate (2), offensive (2), emotion (4).
        return new PostScores(p[0], p[1], p[2], p[4], p[6], p[7], p[8], p[9], p[10], assessment.Risk) { Assessment = assessment };
    }
}
