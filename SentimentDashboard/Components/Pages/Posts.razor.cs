using Microsoft.AspNetCore.Components;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.PostList;
using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Components.Pages;

/// <summary>The posts behind any chart element: the filter comes from the URL, so every drill-down can be shared.</summary>
public sealed partial class Posts(DashboardQueries queries, NavigationManager navigation)
{
    private readonly PostGridSource source = new(queries);
    private PostFilter filter = new();
    private IReadOnlyList<MonitorChoice> monitors = [];
    private PostGrid? grid;

    protected override async Task OnParametersSetAsync()
    {
        filter = PostFilter.Parse(new Uri(navigation.Uri).Query);
        source.Filter = filter;
        monitors = await queries.MonitorChoicesAsync();
        if (grid is not null)
        {
            await grid.ReloadAsync();
        }
    }

    private string AuthorHref(string author) => (filter with { Author = author }).PostsPath();

    private void Navigate(PostFilter next) => navigation.NavigateTo(next.PostsPath());
}
