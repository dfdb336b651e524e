using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;
using SentimentDashboard.Text;

namespace SentimentDashboard.Classification;

/// <summary>
/// Splits a linear model's logit margin (predicted class against the mean of the others) over the text's tokens:
/// each n-gram's share is divided equally among its occurrences; the mean word vector is linear in each word's vector,
/// so each word gets its exact share of the vector part; lexicon words get their share of the valence sums; the
/// word convolution's share goes to the words of each filter's winning window; and each hate cue's to its words.
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
            byTerm[term] = byTerm.GetValueOrDefault(term) + (value * Margin(model.Row(feature.Bucket)[1..], predicted));
        }

        AddDenseShares(tokenizer, predicted, byTerm);
        AddCueShares(tokenizer, predicted, byTerm);
        return byTerm.Select(pair => new TermContribution(pair.Key, pair.Value));
    }

    private void AddDenseShares(TweetTokenizer tokenizer, int predicted, Dictionary<string, float> byTerm)
    {
        var classes = model.ClassCount;
        var dense = model.DenseWeights;
        var vectors = model.Vectors;
        var tokens = tokenizer.Tokens;
        if (vectors is not null)
        {
            var direction = new float[vectors.Dimensions];
            for (var d = 0; d < direction.Length; d++)
            {
                direction[d] = Margin(dense.Slice(d * classes, classes), predicted);
            }

            var sum = new float[vectors.Dimensions];
            var rows = new List<(int Token, int Row)>();
            for (var t = 0; t < tokens.Length; t++)
            {
                if (tokens[t].Kind == TokenKind.Word && vectors.TryFind(tokenizer.TextOf(tokens[t]), out var row))
                {
                    vectors.AddTo(sum, row);
                    rows.Add((t, row));
                }
            }

            var norm = MathF.Sqrt(sum.Sum(v => v * v));
            foreach (var (token, row) in rows)
            {
                var term = TermOf(tokenizer, token);
                byTerm[term] = byTerm.GetValueOrDefault(term) + (model.Metadata.Scales.Dense * vectors.WeightedDot(row, direction) / norm);
            }

            AddConvolutionShares(tokenizer, predicted, rows, byTerm);
        }

        if (model.Lexicon is { } lexicon)
        {
            // The positive and negative valence sums (the first two lexicon features) are linear in each word's valence.
            var offset = (vectors?.Dimensions ?? 0) * classes;
            var positive = Margin(dense.Slice(offset, classes), predicted);
            var negative = Margin(dense.Slice(offset + classes, classes), predicted);
            for (var t = 0; t < tokens.Length; t++)
            {
                var valence = lexicon.ValenceOf(tokenizer, tokens[t]);
                if (valence != 0)
                {
                    var term = TermOf(tokenizer, t);
                    byTerm[term] = byTerm.GetValueOrDefault(term) + (Math.Abs(valence) / 4 * (valence > 0 ? positive : negative));
                }
            }
        }
    }

    /// <summary>Each hate cue feature's share goes, in equal parts, to the tokens that signal what it counts.</summary>
    private void AddCueShares(TweetTokenizer tokenizer, int predicted, Dictionary<string, float> byTerm)
    {
        if (!model.Metadata.Featurizer.HateCues)
        {
            return;
        }

        var classes = model.ClassCount;
        var tokens = tokenizer.Tokens;
        var first = (model.DenseWeights.Length / classes) - HateCues.FeatureCount;
        var cues = new HateCue[tokens.Length];
        for (var t = 0; t < tokens.Length; t++)
        {
            cues[t] = HateCues.Of(tokens[t].Kind, HateCues.Words.GetValueOrDefault(tokenizer.TextOf(tokens[t]).ToString()));
        }

        for (var f = 0; f < HateCues.FeatureCount; f++)
        {
            var value = bag.Dense[first + f];
            var sources = HateCues.FeatureSources[f];
            var count = cues.Count(cue => (cue & sources) != 0);
            if (value == 0 || count == 0)
            {
                continue;
            }

            var share = value * Margin(model.DenseWeights.Slice((first + f) * classes, classes), predicted) / count;
            for (var t = 0; t < tokens.Length; t++)
            {
                if ((cues[t] & sources) != 0)
                {
                    var term = TermOf(tokenizer, t);
                    byTerm[term] = byTerm.GetValueOrDefault(term) + share;
                }
            }
        }
    }

    /// <summary>The convolution reads the same words, in the same order, as the mean vector above.</summary>
    private void AddConvolutionShares(TweetTokenizer tokenizer, int predicted, List<(int Token, int Row)> rows, Dictionary<string, float> byTerm)
    {
        if (model.Convolution is not { } convolution)
        {
            return;
        }

        var classes = model.ClassCount;
        var margins = new float[convolution.Settings.PooledCount];
        for (var k = 0; k < margins.Length; k++)
        {
            margins[k] = Margin(convolution.Output.Slice(k * classes, classes), predicted);
        }

        var perPosition = new float[rows.Count];
        convolution.Attribute(rows.Select(r => r.Row).ToArray(), margins, perPosition);
        for (var i = 0; i < rows.Count; i++)
        {
            var term = TermOf(tokenizer, rows[i].Token);
            byTerm[term] = byTerm.GetValueOrDefault(term) + perPosition[i];
        }
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

    /// <summary>The weight for the predicted class minus the mean weight for the other classes.</summary>
    private static float Margin(ReadOnlySpan<float> weights, int predicted)
    {
        var others = 0f;
        for (var c = 0; c < weights.Length; c++)
        {
            if (c != predicted)
            {
                others += weights[c];
            }
        }

        return weights[predicted] - (others / (weights.Length - 1));
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
