using System.Text.Json.Serialization;

namespace SentimentDashboard.Components.Charts;

/// <summary>
/// How a time series drawn in the browser becomes the next one without a redraw: <see cref="Drop"/> points leave at
/// the start (a sliding window), the values from point <see cref="From"/> on are replaced (the bucket that is still
/// filling up) and new points are appended with Plotly's extendTraces. All traces share one x axis of points.
/// </summary>
/// <param name="Set">Per trace, the new values of points <see cref="From"/>, <see cref="From"/> + 1, …</param>
/// <param name="X">The appended points' x values, shared by every trace.</param>
/// <param name="Y">Per trace, the appended points' y values.</param>
public sealed record ChartPatch(int Drop, int From, IReadOnlyList<IReadOnlyList<object?>> Set, IReadOnlyList<object> X, IReadOnlyList<IReadOnlyList<object?>> Y)
{
    /// <summary>The patch from <paramref name="drawn"/> to <paramref name="next"/>, or null when only a redraw will do.</summary>
    public static ChartPatch? Between(ChartFigure drawn, ChartFigure next)
    {
        if (!drawn.Appendable || !next.Appendable || drawn.Shape != next.Shape || drawn.Traces.Count == 0)
        {
            return null;
        }

        if (SharedX(drawn) is not { } oldX || SharedX(next) is not { } newX)
        {
            return null;
        }

        var drop = newX.Count == 0 ? -1 : oldX.IndexOf(newX[0]);
        var kept = oldX.Count - drop;
        if (drop < 0 || kept > newX.Count || !oldX.Skip(drop).SequenceEqual(newX.Take(kept)))
        {
            return null;
        }

        var from = FirstChange(drawn, next, drop, kept);
        return new ChartPatch(
            drop,
            from,
            next.Traces.Select(t => (IReadOnlyList<object?>)ChartFigure.Y(t)!.Skip(from).Take(kept - from).ToArray()).ToArray(),
            newX.Skip(kept).ToArray(),
            next.Traces.Select(t => (IReadOnlyList<object?>)ChartFigure.Y(t)!.Skip(kept).ToArray()).ToArray());
    }

    [JsonIgnore]
    public bool IsEmpty => Drop == 0 && X.Count == 0 && Set.All(values => values.Count == 0);

    /// <summary>The x values every trace of the figure shares, each with as many y values; null otherwise.</summary>
    private static IList<object>? SharedX(ChartFigure figure)
    {
        var x = ChartFigure.X(figure.Traces[0]);
        return x is not null && figure.Traces.All(t => ChartFigure.X(t) is { } tx && (ReferenceEquals(tx, x) || tx.SequenceEqual(x)) && ChartFigure.Y(t)?.Count == x.Count)
            ? x
            : null;
    }

    /// <summary>The first kept point (index in the next figure) whose value changed in any trace; <paramref name="kept"/> if none did.</summary>
    private static int FirstChange(ChartFigure drawn, ChartFigure next, int drop, int kept)
    {
        for (var i = 0; i < kept; i++)
        {
            for (var t = 0; t < next.Traces.Count; t++)
            {
                if (!Equals(ChartFigure.Y(drawn.Traces[t])![drop + i], ChartFigure.Y(next.Traces[t])![i]))
                {
                    return i;
                }
            }
        }

        return kept;
    }
}
