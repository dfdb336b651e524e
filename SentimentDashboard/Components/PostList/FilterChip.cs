using SentimentDashboard.Analysis;

namespace SentimentDashboard.Components.PostList;

/// <summary>One active filter of a <see cref="PostFilter"/> as a chip: its URL name, what it says, and the filter without it.</summary>
public sealed record FilterChip(string Name, string Text, PostFilter Without)
{
    /// <summary>The filters a chip can remove, in URL order; time range and monitor have their own controls.</summary>
    public static IReadOnlyList<FilterChip> Of(PostFilter filter)
    {
        var chips = new List<FilterChip>();
        if (filter.Sentiment is { } sentiment) chips.Add(new("sentiment", sentiment, filter with { Sentiment = null }));
        if (filter.HatefulOnly) chips.Add(new("hate", "hateful", filter with { HatefulOnly = false }));
        if (filter.OffensiveOnly) chips.Add(new("offensive", "offensive", filter with { OffensiveOnly = false }));
        if (filter.Tag is { } tag) chips.Add(new("tag", "#" + tag, filter with { Tag = null }));
        if (filter.Term is { } term) chips.Add(new("term", $"“{term}”", filter with { Term = null }));
        if (filter.Language is { } language) chips.Add(new("lang", "language " + language, filter with { Language = null }));
        if (filter.Author is { } author) chips.Add(new("author", "by " + author, filter with { Author = null }));
        if (filter.Search is { } search) chips.Add(new("q", $"text “{search}”", filter with { Search = null }));
        if (filter.AlertId is { } alert) chips.Add(new("alert", $"alert #{alert}", filter with { AlertId = null }));
        return chips;
    }
}
