using System.Text.Json.Nodes;

namespace SentimentDashboard.Components.Charts;

/// <summary>
/// The attributes that changed between two figures of the same traces, as Plotly.update takes them: per trace and for
/// the layout, each attribute by its path ("x", "values", "xaxis.range", "annotations[0].text") with its new value. A
/// bar chart or donut whose counts moved costs its new numbers, not its whole figure.
/// </summary>
public sealed record ChartUpdate(IReadOnlyList<IReadOnlyDictionary<string, JsonNode?>> Traces, IReadOnlyDictionary<string, JsonNode?> Layout)
{
    /// <summary>Past this many changed attributes a redraw is as cheap and simpler.</summary>
    private const int MostChanges = 12;

    /// <summary>The update from <paramref name="drawn"/> to <paramref name="next"/>, or null when they differ in more than values.</summary>
    public static ChartUpdate? Between(ChartFigure drawn, ChartFigure next)
    {
        if (drawn.Traces.Count != next.Traces.Count || drawn.Json.GetProperty("config").GetRawText() != next.Json.GetProperty("config").GetRawText())
        {
            return null;
        }

        var (before, after) = (Node(drawn, "data")!.AsArray(), Node(next, "data")!.AsArray());
        var traces = new List<IReadOnlyDictionary<string, JsonNode?>>();
        for (var t = 0; t < next.Traces.Count; t++)
        {
            if (Changes(before[t], after[t]) is not { } changes || changes.ContainsKey("type"))
            {
                return null;
            }

            traces.Add(changes);
        }

        var layout = Changes(Node(drawn, "layout"), Node(next, "layout"));
        return layout is null || layout.Count + traces.Sum(t => t.Count) > MostChanges ? null : new ChartUpdate(traces, layout);
    }

    private static JsonNode? Node(ChartFigure figure, string part) => JsonNode.Parse(figure.Json.GetProperty(part).GetRawText());

    /// <summary>The attributes whose values differ, or null when the two do not have the same attributes.</summary>
    private static Dictionary<string, JsonNode?>? Changes(JsonNode? drawn, JsonNode? next)
    {
        var before = Flatten(drawn);
        var after = Flatten(next);
        if (before.Count != after.Count || !before.Keys.All(after.ContainsKey))
        {
            return null;
        }

        return after.Where(a => !JsonNode.DeepEquals(before[a.Key], a.Value)).ToDictionary(a => a.Key, a => a.Value?.DeepClone());
    }

    /// <summary>Every attribute by its path; arrays of objects (annotations) by index, other arrays as values.</summary>
    private static Dictionary<string, JsonNode?> Flatten(JsonNode? node)
    {
        var attributes = new Dictionary<string, JsonNode?>();
        void Walk(JsonNode? value, string path)
        {
            switch (value)
            {
                case JsonObject item:
                    foreach (var (key, child) in item)
                    {
                        Walk(child, path.Length == 0 ? key : $"{path}.{key}");
                    }

                    break;
                case JsonArray array when array.Count > 0 && array.All(element => element is JsonObject):
                    for (var i = 0; i < array.Count; i++)
                    {
                        Walk(array[i], $"{path}[{i}]");
                    }

                    break;
                default:
                    attributes[path] = value;
                    break;
            }
        }

        Walk(node, "");
        return attributes;
    }
}
