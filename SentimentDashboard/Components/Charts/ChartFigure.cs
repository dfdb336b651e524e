using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Plotly.Blazor;
using Plotly.Blazor.Traces;

namespace SentimentDashboard.Components.Charts;

/// <summary>
/// Everything one plot shows: Plotly traces, layout and config. Chart components build a whole figure each time their
/// data, the theme or the time zone change; <see cref="ChartHost"/> works out what the browser needs from the figure it
/// drew last (nothing, a <see cref="ChartPatch"/>, or a redraw).
/// </summary>
public sealed class ChartFigure(IList<ITrace> traces, Plotly.Blazor.Layout layout, Config config, bool appendable = false)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private string? shape;
    private JsonElement? json;

    public IList<ITrace> Traces => traces;

    public Plotly.Blazor.Layout Layout => layout;

    public Config Config => config;

    /// <summary>Whether live data only grows it at the end (time series), so a <see cref="ChartPatch"/> can bring it up to date.</summary>
    public bool Appendable => appendable;

    /// <summary>Everything but the traces' x and y values, as JSON: two figures of one shape differ only in their points.</summary>
    internal string Shape => shape ??= string.Join('\n', traces.Select(WithoutPoints).Prepend(Serialize(layout)).Append(Serialize(config)));

    /// <summary>The figure as Plotly.react takes it (data, layout, config), without the attributes left unset.</summary>
    internal JsonElement Json => json ??= JsonSerializer.SerializeToElement(new { data = traces.Cast<object>(), layout = (object)layout, config = (object)config }, Options);

    internal static IList<object>? X(ITrace trace) => trace switch
    {
        Bar bar => bar.X,
        Scatter scatter => scatter.X,
        _ => null,
    };

    internal static IList<object>? Y(ITrace trace) => trace switch
    {
        Bar bar => bar.Y,
        Scatter scatter => scatter.Y,
        _ => null,
    };

    /// <summary>Whether the browser already shows <paramref name="other"/> when it shows this figure.</summary>
    public bool SameAs(ChartFigure other) =>
        ReferenceEquals(this, other)
        || (Shape == other.Shape && traces.Zip(other.Traces).All(pair => SameValues(X(pair.First), X(pair.Second)) && SameValues(Y(pair.First), Y(pair.Second))));

    private static bool SameValues(IList<object>? a, IList<object>? b) => a is null || b is null ? a == b : a.SequenceEqual(b);

    private static string Serialize(object value) => JsonSerializer.Serialize(value, value.GetType(), Options);

    private static string WithoutPoints(ITrace trace)
    {
        var node = JsonSerializer.SerializeToNode(trace, trace.GetType(), Options) as JsonObject;
        node?.Remove("x");
        node?.Remove("y");
        return node?.ToJsonString() ?? "";
    }
}
