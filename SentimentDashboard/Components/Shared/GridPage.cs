using Microsoft.AspNetCore.Components;
using MudBlazor;
using SentimentDashboard.Components.Layout;
using SentimentDashboard.Data;

namespace SentimentDashboard.Components.Shared;

/// <summary>
/// A page whose MudDataGrid reads its pages from a paged query (<see cref="RowPage{T}"/>) and reloads when live data
/// says something changed. Times are shown in the viewer's zone.
/// </summary>
public abstract class GridPage<T> : LiveComponent
{
    [CascadingParameter]
    protected ViewerPreferences Viewer { get; set; } = default!;

    protected MudDataGrid<T>? Grid { get; set; }

    /// <summary>The grid's ServerData: set once (<see cref="PagesFrom"/>), so re-renders never hand the grid a new delegate.</summary>
    protected Func<GridState<T>, CancellationToken, Task<GridData<T>>> ServerData { get; private set; } =
        (_, _) => Task.FromResult(new GridData<T> { Items = [], TotalItems = 0 });

    /// <summary>The text the grid's search box asks the rows to contain (the query says where it looks).</summary>
    protected string? Search { get; private set; }

    protected void PagesFrom(Func<PageRequest, CancellationToken, Task<RowPage<T>>> query) =>
        ServerData = async (state, cancellation) => GridPages.Data(await query(GridPages.Request(state) with { Search = Search }, cancellation));

    protected Task ReloadAsync() => Grid?.ReloadServerData() ?? Task.CompletedTask;

    /// <summary>A new search starts again from the first page.</summary>
    protected async Task SearchAsync(string? text)
    {
        Search = text;
        if (Grid is not null)
        {
            Grid.NavigateTo(Page.First);
            await ReloadAsync();
        }
    }
}
