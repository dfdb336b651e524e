using MudBlazor;
using SentimentDashboard.Analysis;

namespace SentimentDashboard.Components.Shared;

/// <summary>
/// The one adapter from a <see cref="PostFilter"/> to MudDataGrid pages of posts: the grid's page, page size and
/// sorted column become one <see cref="DashboardQueries.PostsAsync"/> query (SQL LIMIT/OFFSET, never every row), and
/// the last page read says how many posts match, counted up to <see cref="DashboardQueries.CountLimit"/>.
/// </summary>
public sealed class PostGridSource(DashboardQueries queries)
{
    /// <summary>The posts to list; the page sets it from the URL.</summary>
    public PostFilter Filter { get; set; } = new();

    /// <summary>The page the grid last asked for; null until the first one is read.</summary>
    public PostPage? LastPage { get; private set; }

    /// <summary>"1,234 posts match", "10,000+ posts match" past the count limit, or "Loading…" before the first page.</summary>
    public string MatchText => LastPage switch
    {
        null => "Loading…",
        { More: true } => $"{Display.Count(LastPage.Total - 1)}+ posts match",
        _ => $"{Display.Count(LastPage.Total)} {(LastPage.Total == 1 ? "post matches" : "posts match")}",
    };

    public async Task<GridData<PostRow>> LoadAsync(GridState<PostRow> state, CancellationToken cancellation)
    {
        var page = await queries.PostsAsync(Filter, GridPages.Request(state), cancellation);
        LastPage = page;
        return new GridData<PostRow> { Items = page.Posts, TotalItems = page.Total };
    }
}
