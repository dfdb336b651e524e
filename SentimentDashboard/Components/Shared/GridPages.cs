using MudBlazor;
using SentimentDashboard.Data;

namespace SentimentDashboard.Components.Shared;

/// <summary>
/// What a MudDataGrid asks its ServerData for, as our queries take it: the page, and the sorted column by the name
/// of the row property its PropertyColumn shows (e.g. <c>Risk</c>). Grids sort one column at a time.
/// </summary>
public static class GridPages
{
    public static PageRequest Request<T>(GridState<T> state)
    {
        var sort = state.SortDefinitions.OrderBy(s => s.Index).FirstOrDefault();
        return new PageRequest(state.Page * state.PageSize, state.PageSize, sort?.SortBy, sort?.Descending ?? false);
    }

    public static GridData<T> Data<T>(RowPage<T> page) => new() { Items = page.Rows, TotalItems = page.Total };
}
