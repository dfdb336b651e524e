namespace SentimentDashboard.Analysis;

/// <summary>English function words, left out of term counts so that trends and top terms say something.</summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out",
        "has", "him", "his", "how", "its", "may", "new", "now", "old", "see", "two", "way", "who", "did", "get", "got",
        "let", "say", "she", "too", "use", "that", "with", "have", "this", "will", "your", "from", "they", "know",
        "want", "been", "good", "much", "some", "time", "very", "when", "come", "here", "just", "like", "long", "make",
        "many", "more", "only", "over", "such", "take", "than", "them", "well", "were", "what", "then", "there",
        "these", "those", "their", "about", "would", "could", "should", "which", "while", "where", "after", "before",
        "because", "into", "also", "being", "still", "even", "really", "going", "doing", "does", "done", "i'm", "it's",
        "don't", "can't", "i've", "you're", "that's", "we're", "they're", "i'll", "didn't", "isn't", "amp", "via", "rt",
        "today", "tonight", "day", "back", "need", "think", "right", "every", "other", "again", "why", "off", "yes",
        "yet", "own", "same", "each", "both", "most", "few", "once", "ever", "never", "always", "anyone", "everyone",
        "something", "nothing", "someone", "thing", "things", "people", "gonna", "wanna", "lol", "omg", "our", "ours",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
