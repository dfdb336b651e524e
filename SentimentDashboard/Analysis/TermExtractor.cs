using SentimentDashboard.Text;

namespace SentimentDashboard.Analysis;

/// <summary>The content words of a post (lower-case, 3+ letters, no stop words, each once), for term counts and trends.</summary>
public sealed class TermExtractor
{
    private readonly TweetTokenizer _tokenizer = new();
    private readonly HashSet<string> _seen = new(StringComparer.Ordinal);

    public IEnumerable<string> Terms(string text)
    {
        _tokenizer.Tokenize(text);
        _seen.Clear();
        var terms = new List<string>();
        foreach (var token in _tokenizer.Tokens)
        {
            var word = _tokenizer.TextOf(token);
            if (token.Kind == TokenKind.Word && !token.Has(TokenFlags.FromHashtag) && word.Length >= 3
                && word.ContainsAnyInRange('a', 'z') && !StopWords.Contains(word))
            {
                var term = word.ToString();
                if (_seen.Add(term))
                {
                    terms.Add(term);
                }
            }
        }

        return terms;
    }
}
