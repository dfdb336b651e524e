using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Text;

namespace SentimentDashboard.Classification;

/// <summary>
/// Splits a linear model's logit margin (predicted class against the mean of the others) over the text's tokens.
/// Each feature's value is shared equally among its occurrences, so the parts add up to the sparse part of the margin.
/// </summary>
internal sealed class TermAttribution(LinearModel model, FeatureBag bag)
{
    public IEnumerable<TermContribution> Attribute(TweetTokenizer tokenizer, List<FeatureTrace> trace, int predicted)
    {
        var occurrences = new Dictionary<(FeatureBlock, int), int>();
        foreach (var feature in trace)
        {
            occurrences[(feature.Block, feature.Bucket)] = occurrences.GetValueOrDefault((feature.Block, feature.Bucket)) + 1;
        }

        var valueOf = FeatureValues();
        var byTerm = new Dictionary<string, float>(StringComparer.Ordinal);
        foreach (var feature in trace)
        {
            var value = valueOf[(feature.Block, feature.Bucket)] / occurrences[(feature.Block, feature.Bucket)];
            var term = TermOf(tokenizer, feature.Token);
            byTerm[term] = byTerm.GetValueOrDefault(term) + (value * Margin(feature.Bucket, predicted));
        }

        return byTerm.Select(pair => new TermContribution(pair.Key, pair.Value));
    }

    private Dictionary<(FeatureBlock, int), float> FeatureValues()
    {
        var result = new Dictionary<(FeatureBlock, int), float>();
        AddBlock(result, FeatureBlock.Word, 0, bag.WordCount, model.Metadata.Scales.Word);
        AddBlock(result, FeatureBlock.Char, bag.WordCount, bag.Count, model.Metadata.Scales.Char);
        return result;
    }

    private void AddBlock(Dictionary<(FeatureBlock, int), float> result, FeatureBlock block, int from, int to, float scale)
    {
        var squares = 0f;
        for (var i = from; i < to; i++)
        {
            var x = bag.Values[i] * model.Row(bag.Indices[i])[0];
            squares += x * x;
        }

        var factor = squares > 0 ? scale / MathF.Sqrt(squares) : 0;
        for (var i = from; i < to; i++)
        {
            result[(block, bag.Indices[i])] = bag.Values[i] * model.Row(bag.Indices[i])[0] * factor;
        }
    }

    private float Margin(int bucket, int predicted)
    {
        var row = model.Row(bucket);
        var others = 0f;
        for (var c = 0; c < model.ClassCount; c++)
        {
            if (c != predicted)
            {
                others += row[c + 1];
            }
        }

        return row[predicted + 1] - (others / (model.ClassCount - 1));
    }

    private static string TermOf(TweetTokenizer tokenizer, int token)
    {
        var t = tokenizer.Tokens[token];
        var text = tokenizer.TextOf(t).ToString();
        return t.Kind switch
        {
            TokenKind.Hashtag => "#" + text,
            _ when t.Has(TokenFlags.Negated) => "not " + text,
            _ => text,
        };
    }
}
