using System.Globalization;
using Microsoft.AspNetCore.Components;
using SentimentDashboard.Analysis;
using SentimentDashboard.Classification;

namespace SentimentDashboard.Components.Pages;

/// <summary>The posts behind any chart element: the filter comes from the URL, so every drill-down can be shared.</summary>
public sealed partial class Posts(DashboardQueries queries, NavigationManager navigation, ITextAnalyzer analyzer)
{
    private const int PageSize = 50;

    private PostFilter filter = new();
    private IReadOnlyList<MonitorChoice> monitors = [];
    private PostPage? page;
    private int pageIndex;
    private string? searchText;
    private readonly Dictionary<long, IReadOnlyList<ModelOutput>> explanations = [];

    private string MatchText => page switch
    {
        null => "Loading…",
        { More: true } => $"{(page.Total - 1).ToString("N0", CultureInfo.InvariantCulture)}+ posts match",
        _ => $"{page.Total.ToString("N0", CultureInfo.InvariantCulture)} posts match",
    };

    private int PageCount => page is null ? 1 : Math.Max(1, (page.Total + PageSize - 1) / PageSize);

    private IEnumerable<(string Name, string Text, PostFilter Without)> ActiveFilters
    {
        get
        {
            if (filter.Sentiment is { } sentiment) yield return ("sentiment", sentiment, filter with { Sentiment = null });
            if (filter.HatefulOnly) yield return ("hate", "hateful", filter with { HatefulOnly = false });
            if (filter.OffensiveOnly) yield return ("offensive", "offensive", filter with { OffensiveOnly = false });
            if (filter.Tag is { } tag) yield return ("tag", "#" + tag, filter with { Tag = null });
            if (filter.Term is { } term) yield return ("term", $"“{term}”", filter with { Term = null });
            if (filter.Language is { } language) yield return ("lang", "language " + language, filter with { Language = null });
            if (filter.Author is { } author) yield return ("author", author, filter with { Author = null });
            if (filter.Search is { } search) yield return ("q", $"search “{search}”", filter with { Search = null });
        }
    }

    protected override async Task OnParametersSetAsync()
    {
        filter = PostFilter.Parse(new Uri(navigation.Uri).Query);
        searchText = filter.Search;
        pageIndex = 0;
        explanations.Clear();
        monitors = await queries.MonitorChoicesAsync();
        await LoadPageAsync();
    }

    private async Task LoadPageAsync() => page = await queries.PostsAsync(filter, pageIndex * PageSize, PageSize);

    private Task GoToPage(int index)
    {
        pageIndex = Math.Clamp(index, 0, PageCount - 1);
        return LoadPageAsync();
    }

    private void Navigate(PostFilter next) => navigation.NavigateTo(next.PostsPath());

    private void Search() => Navigate(filter with { Search = string.IsNullOrWhiteSpace(searchText) ? null : searchText.Trim() });

    private void Explain(PostRow post) => explanations[post.Id] = analyzer.Analyze(post.Text);


    private static string Percent(float? probability) => probability is { } p ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "";

    /// <summary>Only http(s) links are rendered: a source could send a javascript: URL.</summary>
    private static string? SafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) ? uri.AbsoluteUri : null;
}
