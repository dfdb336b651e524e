namespace SentimentDashboard.Text;

/// <summary>Words that open a negation scope (Pang et al. 2002: up to the next punctuation mark).</summary>
internal static class NegationWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "not", "no", "never", "nothing", "nobody", "none", "nowhere", "neither", "nor", "cannot", "cant", "dont",
        "doesnt", "didnt", "isnt", "arent", "wasnt", "werent", "wont", "wouldnt", "shouldnt", "couldnt", "aint",
        "hasnt", "havent", "hadnt", "mustnt", "neednt", "without",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNegation(ReadOnlySpan<char> word) => word.EndsWith("n't", StringComparison.Ordinal) || Lookup.Contains(word);
}
