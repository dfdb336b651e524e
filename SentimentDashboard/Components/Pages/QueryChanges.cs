using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace SentimentDashboard.Components.Pages;

/// <summary>
/// Tells a page that the URL changed while it stays on screen (a new query: a zoom, a filter). Blazor sets a page's
/// parameters again only when they change, and a query is not one of them.
/// </summary>
internal sealed class QueryChanges : IDisposable
{
    private readonly NavigationManager navigation;
    private readonly string path;
    private readonly Func<Task> onChange;

    public QueryChanges(NavigationManager navigation, Func<Task> onChange)
    {
        (this.navigation, this.onChange) = (navigation, onChange);
        path = new Uri(navigation.Uri).AbsolutePath;
        navigation.LocationChanged += OnLocationChanged;
    }

    public void Dispose() => navigation.LocationChanged -= OnLocationChanged;

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e)
    {
        if (new Uri(e.Location).AbsolutePath == path)
        {
            _ = onChange();
        }
    }
}
