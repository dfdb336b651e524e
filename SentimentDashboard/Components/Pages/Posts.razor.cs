using Microsoft.AspNetCore.Components;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.PostList;
using SentimentDashboard.Components.Shared;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// The posts behind any chart element: the filter comes from the URL, so every drill-down can be shared. A new URL of
/// this page (a chip removed, a search, another range) reads its filter again and shows its first page.
/// </summary>
public sealed partial class Posts(DashboardQueries queries, NavigationManager navigation) : IDisposable
{
    private readonly PostGridSource source = new(queries);
    private PostFilter filter = new();
    private IReadOnlyList<MonitorChoice> monitors = [];
    private PostGrid? grid;
    private QueryChanges? queryChanges;

    protected override async Task OnInitializedAsync()
    {
        ReadFilter();
        queryChanges = new QueryChanges(navigation, () => InvokeAsync(FollowUrlAsync));
        monitors = await queries.MonitorChoicesAsync();
    }

    public void Dispose() => queryChanges?.Dispose();

    private void ReadFilter()
    {
        filter = PostFilter.Parse(new Uri(navigation.Uri).Query);
        source.Filter = filter;
    }

    /// <summary>Same-page navigations keep this component: it follows the URL itself.</summary>
    private async Task FollowUrlAsync()
    {
        try
        {
            ReadFilter();
            monitors = await queries.MonitorChoicesAsync();
            StateHasChanged();
            if (grid is not null)
            {
                await grid.ReloadAsync();
            }
        }
        catch (Exception ex)
        {
            await DispatchExceptionAsync(ex);
        }
    }

    private string AuthorHref(string author) => (filter with { Author = author }).PostsPath();

    private void Navigate(PostFilter next) => navigation.NavigateTo(next.PostsPath());
}
