using SentimentDashboard.Classification.Features;
using SentimentDashboard.Classification.Models;

namespace SentimentDashboard.Classification.Training;

/// <summary>Featurizes training texts on all cores, learns IDF and builds the <see cref="SparseDesign"/>.</summary>
internal static class DesignBuilder
{
    public static FeaturizedText[] Featurize(IReadOnlyList<string> texts, FeaturizerSettings settings, WordVectors? vectors, SentimentLexicon? lexicon, ProfanityList? profanity)
    {
        var result = new FeaturizedText[texts.Count];
        var vocabulary = TokenVocabulary.Build(vectors, lexicon, profanity);
        Parallel.For(
            0,
            texts.Count,
            () => (Featurizer: new HashedFeaturizer(settings, vocabulary), Bag: new FeatureBag(HashedFeaturizer.DenseDimensions(vectors, lexicon, settings))),
            (i, _, scratch) =>
            {
                scratch.Featurizer.Featurize(texts[i], scratch.Bag);
                var bag = scratch.Bag;
                result[i] = new FeaturizedText(
                    bag.Indices.ToArray(),
                    bag.Values.ToArray(),
                    bag.WordCount,
                    bag.Dense.Length > 0 ? (float[])bag.Dense.Clone() : null,
                    bag.VectorRows.ToArray());
                return scratch;
            },
            _ => { });
        return result;
    }

    /// <summary>In how many texts each bucket occurs (a bucket in both blocks of a text counts twice, as in the weights).</summary>
    public static int[] DocumentFrequencies(IReadOnlyList<FeaturizedText> texts, int bucketCount)
    {
        var df = new int[bucketCount];
        foreach (var text in texts)
        {
            foreach (var bucket in text.Buckets)
            {
                df[bucket]++;
            }
        }

        return df;
    }

    /// <summary>Smoothed IDF, ln((n + 1) / (df + 1)) + 1, per bucket; unseen buckets get the largest value.</summary>
    public static float[] InverseDocumentFrequencies(int[] df, int documents)
    {
        var idf = new float[df.Length];
        for (var b = 0; b < df.Length; b++)
        {
            idf[b] = (float)(Math.Log((documents + 1.0) / (df[b] + 1.0)) + 1.0);
        }

        return idf;
    }

    /// <summary>
    /// Builds the design over the buckets seen in at least <paramref name="minDocumentFrequency"/> texts;
    /// <paramref name="columnToBucket"/> maps columns back. Rarer buckets still count in each block's norm, as at
    /// inference, but get no weight: a feature seen once can only memorise its text.
    /// </summary>
    public static SparseDesign Build(IReadOnlyList<FeaturizedText> texts, int[] df, float[] idf, BlockScales scales, int denseDimensions, int vectorDimensions, int minDocumentFrequency, out int[] columnToBucket)
    {
        var bucketToColumn = new int[idf.Length];
        var columnCount = 0;
        var total = 0;
        foreach (var text in texts)
        {
            foreach (var bucket in text.Buckets)
            {
                if (df[bucket] >= minDocumentFrequency)
                {
                    total++;
                    if (bucketToColumn[bucket] == 0)
                    {
                        bucketToColumn[bucket] = ++columnCount; // 1-based while building, so 0 means "no column yet"
                    }
                }
            }
        }

        columnToBucket = new int[columnCount];
        for (var bucket = 0; bucket < bucketToColumn.Length; bucket++)
        {
            if (bucketToColumn[bucket] > 0)
            {
                columnToBucket[--bucketToColumn[bucket]] = bucket;
            }
            else
            {
                bucketToColumn[bucket] = -1;
            }
        }

        var rowStart = new int[texts.Count + 1];
        var columns = new int[total];
        var values = new float[total];
        var dense = new float[texts.Count * denseDimensions];
        var position = 0;
        for (var row = 0; row < texts.Count; row++)
        {
            var text = texts[row];
            rowStart[row] = position;
            position = WriteBlock(text, 0, text.WordCount, idf, scales.Word, bucketToColumn, columns, values, position);
            position = WriteBlock(text, text.WordCount, text.Buckets.Length, idf, scales.Char, bucketToColumn, columns, values, position);
            if (text.Dense is not null && denseDimensions > 0)
            {
                for (var d = 0; d < denseDimensions; d++)
                {
                    dense[(row * denseDimensions) + d] = d < vectorDimensions ? text.Dense[d] * scales.Dense : text.Dense[d];
                }
            }
        }

        rowStart[texts.Count] = position;
        return new SparseDesign(rowStart, columns, values, dense, columnCount, denseDimensions);
    }

    private static int WriteBlock(FeaturizedText text, int from, int to, float[] idf, float scale, int[] bucketToColumn, int[] columns, float[] values, int position)
    {
        var squares = 0f;
        for (var i = from; i < to; i++)
        {
            var x = text.TermFrequencies[i] * idf[text.Buckets[i]];
            squares += x * x;
        }

        var factor = squares > 0 ? scale / MathF.Sqrt(squares) : 0f;
        for (var i = from; i < to; i++)
        {
            var bucket = text.Buckets[i];
            if (bucketToColumn[bucket] >= 0)
            {
                columns[position] = bucketToColumn[bucket];
                values[position] = text.TermFrequencies[i] * idf[bucket] * factor;
                position++;
            }
        }

        return position;
    }
}
