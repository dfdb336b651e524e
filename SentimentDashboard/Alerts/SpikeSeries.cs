using SentimentDashboard.Analysis;

namespace SentimentDashboard.Alerts;

/// <summary>
/// One spike rule's series (one monitor, or all): the baseline, and the current minute's counted posts with their
/// terms. Once the minute turns out to be a spike, every counted post of it is reported, then each new one as it comes.
/// </summary>
internal sealed class SpikeSeries(AlertRuleEntity rule)
{
    private const int TopTerms = 5;

    private readonly SpikeBaseline _baseline = new(rule.Threshold, Math.Max(rule.MinPosts, 1));
    private readonly List<long> _pending = [];
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private long _minute = long.MinValue;

    /// <summary>The posts to report (none while the minute is not a spike), and the minute's top terms.</summary>
    public (IReadOnlyList<long> Posts, string TopTerms) Add(long minute, IReadOnlyList<(long Id, string Text)> posts, TermExtractor terms)
    {
        if (minute > _minute)
        {
            _minute = minute;
            _pending.Clear();
            _terms.Clear();
        }

        foreach (var (id, text) in posts)
        {
            _pending.Add(id);
            foreach (var term in terms.Terms(text))
            {
                _terms[term] = _terms.GetValueOrDefault(term) + 1;
            }
        }

        if (!_baseline.Add(minute, posts.Count))
        {
            return ([], "");
        }

        var reported = _pending.ToArray();
        _pending.Clear();
        var top = _terms.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).Take(TopTerms).Select(t => t.Key);
        return (reported, string.Join(", ", top));
    }
}
