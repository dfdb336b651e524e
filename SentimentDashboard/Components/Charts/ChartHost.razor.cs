using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using SentimentDashboard.Analysis;
using SentimentDashboard.Components.Layout;

namespace SentimentDashboard.Components.Charts;

/// <summary>
/// Draws the <see cref="ChartFigure"/> its chart builds for the viewer's theme and time zone, and keeps the browser in
/// step with as little as needed: nothing when the figure is unchanged, a <see cref="ChartPatch"/> (extendTraces) for
/// live time series, a <see cref="ChartUpdate"/> when only values moved (counts of bars and slices), a Plotly.react otherwise, which keeps event subscriptions and, through uirevision, a zoom (PlotlyChart
/// draws the first figure with NewPlot and loads plotly-basic: scatter, bar and pie are all we draw). Raises the
/// points clicked (on time charts only once no double-click followed) and the x range brushed or reset. On disposal it
/// purges the plot by the element charts.js holds: Blazor has removed the element by then, so a purge by id finds nothing.
/// </summary>
public sealed partial class ChartHost(IJSRuntime js, ViewerPreferences viewer) : IAsyncDisposable
{
    /// <summary>Plotly's window for a double-click; a click on a time chart waits this long (and a little) before it drills down.</summary>
    public const int DoubleClickDelay = 300;

    private readonly string id = "chart-" + Guid.NewGuid().ToString("N");
    private readonly SemaphoreSlim syncing = new(1, 1);
    private IJSObjectReference? module;
    private DotNetObjectReference<ChartHost>? self;
    private ChartStyle style = null!;
    private ChartFigure plotted = null!;
    private ChartFigure? drawn;
    private bool disposed;

    /// <summary>Builds the whole figure for a style; called on every render of the chart and when the viewer's theme or zone change.</summary>
    [Parameter, EditorRequired]
    public Func<ChartStyle, ChartFigure> Draw { get; set; } = null!;

    /// <summary>A time chart: its x axis is time in the viewer's zone, brushing zooms, double-click resets.</summary>
    [Parameter]
    public bool TimeAxis { get; set; }

    [Parameter]
    public int Height { get; set; } = 280;

    [Parameter]
    public string? TestId { get; set; }

    [Parameter]
    public EventCallback<ChartClick> OnPointClick { get; set; }

    /// <summary>The x range brushed on a time chart, as UTC instants.</summary>
    [Parameter]
    public EventCallback<TimeRange> OnZoom { get; set; }

    [Parameter]
    public EventCallback OnZoomReset { get; set; }

    protected override void OnInitialized()
    {
        style = ChartStyle.Of(viewer);
        viewer.Changed += OnViewerChanged;
    }

    protected override void OnParametersSet() => Refresh();

    protected override Task OnAfterRenderAsync(bool firstRender) => firstRender ? Task.CompletedTask : RaiseAsync(SyncAsync);

    [JSInvokable]
    public Task Clicked(int trace, int index, string? category) =>
        RaiseAsync(() => OnPointClick.InvokeAsync(new ChartClick(trace, index, category, TimeAxis ? AxisTime.FromAxis(category, style.Zone) : null)));

    [JSInvokable]
    public Task Zoomed(string start, string end) => RaiseAsync(async () =>
    {
        if (AxisTime.FromAxis(start, style.Zone) is { } from && AxisTime.FromAxis(end, style.Zone) is { } to && from < to)
        {
            await OnZoom.InvokeAsync(TimeRange.Absolute(from, to));
        }
    });

    [JSInvokable]
    public Task ZoomReset() => RaiseAsync(() => OnZoomReset.InvokeAsync());

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        viewer.Changed -= OnViewerChanged;
        if (module is not null)
        {
            try
            {
                await module.InvokeVoidAsync("detach", id);
                await module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone, and the page with it.
            }
        }

        self?.Dispose();
    }

    /// <summary>Takes the figure for the current parameters; until charts.js is attached, PlotlyChart keeps the first one, which its NewPlot draws.</summary>
    private void Refresh()
    {
        var next = Draw(style);
        if (drawn is not null || plotted is null)
        {
            plotted = next;
        }
    }

    /// <summary>A new theme or zone: PlotlyChart gets the new figure by rendering, and <see cref="OnAfterRenderAsync"/> draws it.</summary>
    private void OnViewerChanged() => _ = InvokeAsync(() =>
    {
        style = ChartStyle.Of(viewer);
        Refresh();
        StateHasChanged();
    });

    /// <summary>PlotlyChart's AfterRender (an Action): runs right after its NewPlot, so the plot exists and charts.js can attach.</summary>
    private void OnPlotted() => _ = RaiseAsync(async () =>
    {
        module = await js.InvokeAsync<IJSObjectReference>("import", "./js/charts.js");
        self = DotNetObjectReference.Create(this);
        if (disposed || !await module.InvokeAsync<bool>("attach", id, self, TimeAxis, DoubleClickDelay))
        {
            return;
        }

        drawn = plotted;
        Refresh();
        if (!drawn.SameAs(plotted))
        {
            StateHasChanged();
        }
    });

    /// <summary>
    /// Brings the browser from <see cref="drawn"/> to the current figure, one change at a time: a patch applies to
    /// exactly the figure before it, so each call is sent whole (the redraw too, not PlotlyChart's React, which sends
    /// whatever its parameters hold by the time it runs) and awaited before the next is worked out.
    /// </summary>
    private async Task SyncAsync()
    {
        await syncing.WaitAsync();
        try
        {
            if (drawn is null || disposed || module is null || drawn.SameAs(plotted))
            {
                return;
            }

            var next = plotted;
            var patch = ChartPatch.Between(drawn, next);
            var update = patch is null ? ChartUpdate.Between(drawn, next) : null;
            drawn = next;
            if (patch is not null)
            {
                await module.InvokeVoidAsync("patch", id, patch);
            }
            else if (update is not null)
            {
                await module.InvokeVoidAsync("update", id, update);
            }
            else
            {
                await module.InvokeVoidAsync("react", id, next.Json);
            }
        }
        finally
        {
            syncing.Release();
        }
    }

    /// <summary>Event work started from JavaScript or from PlotlyChart's Action: a failure goes to the circuit, not to the void.</summary>
    private async Task RaiseAsync(Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone, and the page with it.
        }
        catch (Exception e)
        {
            if (!disposed)
            {
                await DispatchExceptionAsync(e);
            }
        }
    }
}
