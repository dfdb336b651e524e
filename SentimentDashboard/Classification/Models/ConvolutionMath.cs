using System.Numerics;
using System.Runtime.InteropServices;

namespace SentimentDashboard.Classification.Models;

/// <summary>The arithmetic of a <see cref="WordConvolution"/> shared by scoring, explaining and training.</summary>
internal static class ConvolutionMath
{
    /// <summary>A word's projection onto every kernel slot ([slot][filter]) given unit vector <paramref name="unit"/>.</summary>
    internal static void Project(ReadOnlySpan<float> unit, ReadOnlySpan<float> kernels, int slots, int filters, Span<float> projection)
    {
        var (dimensions, lanes) = (unit.Length, Vector<float>.Count);
        if (!Vector.IsHardwareAccelerated || filters % lanes != 0)
        {
            projection.Clear();
            for (var s = 0; s < slots; s++)
            {
                for (var d = 0; d < dimensions; d++)
                {
                    MultiplyAdd(unit[d], kernels.Slice(((s * dimensions) + d) * filters, filters), projection.Slice(s * filters, filters));
                }
            }

            return;
        }

        // A column is one SIMD vector of filters of one slot, summed over the dimensions in a register; four side by side,
        // because a single running sum waits on its previous multiply-add at every step.
        ref var kernel = ref MemoryMarshal.GetReference(kernels);
        var perSlot = filters / lanes;
        var columns = slots * perSlot;
        var column = 0;
        for (; column + 4 <= columns; column += 4)
        {
            var (o0, o1, o2, o3) = (Offset(column), Offset(column + 1), Offset(column + 2), Offset(column + 3));
            Vector<float> sum0 = default, sum1 = default, sum2 = default, sum3 = default;
            for (var d = 0; d < dimensions; d++)
            {
                var step = (nuint)(d * filters);
                sum0 += unit[d] * Vector.LoadUnsafe(ref kernel, o0 + step);
                sum1 += unit[d] * Vector.LoadUnsafe(ref kernel, o1 + step);
                sum2 += unit[d] * Vector.LoadUnsafe(ref kernel, o2 + step);
                sum3 += unit[d] * Vector.LoadUnsafe(ref kernel, o3 + step);
            }

            sum0.CopyTo(projection[(column * lanes)..]);
            sum1.CopyTo(projection[((column + 1) * lanes)..]);
            sum2.CopyTo(projection[((column + 2) * lanes)..]);
            sum3.CopyTo(projection[((column + 3) * lanes)..]);
        }

        for (; column < columns; column++)
        {
            var sum = Vector<float>.Zero;
            var offset = Offset(column);
            for (var d = 0; d < dimensions; d++)
            {
                sum += unit[d] * Vector.LoadUnsafe(ref kernel, offset + (nuint)(d * filters));
            }

            sum.CopyTo(projection[(column * lanes)..]);
        }

        // Column c holds filters (c % perSlot) * lanes onwards of slot c / perSlot, whose kernel is [dimension][filter].
        nuint Offset(int c) => (nuint)(((c / perSlot) * dimensions * filters) + ((c % perSlot) * lanes));
    }

    /// <summary>
    /// Max over window starts t (windows may run past the end, over zero padding, and an empty window gives the bias)
    /// of bias + the sum of the window's projections, then ReLU. <paramref name="argMax"/>, when not empty, receives
    /// each pooled feature's winning start (-1: the empty window), which training needs.
    /// </summary>
    internal static void PoolProjections(ConvolutionSettings settings, ReadOnlySpan<float> projections, int count, ReadOnlySpan<float> bias, Span<float> pooled, Span<int> argMax)
    {
        var filters = settings.Filters;
        var stride = settings.SlotCount * filters;
        Span<float> window = stackalloc float[filters];
        bias.CopyTo(pooled);
        argMax.Fill(-1);
        for (var width = 1; width <= settings.MaxWidth; width++)
        {
            var firstSlot = ConvolutionSettings.FirstSlot(width);
            var block = pooled.Slice((width - 1) * filters, filters);
            var blockBias = bias.Slice((width - 1) * filters, filters);
            for (var t = 0; t < count; t++)
            {
                blockBias.CopyTo(window);
                for (var j = 0; j < width && t + j < count; j++)
                {
                    MultiplyAdd(1f, projections.Slice(((t + j) * stride) + ((firstSlot + j) * filters), filters), window);
                }

                if (argMax.IsEmpty)
                {
                    Maximum(window, block);
                    continue;
                }

                for (var f = 0; f < filters; f++)
                {
                    if (window[f] > block[f])
                    {
                        block[f] = window[f];
                        argMax[((width - 1) * filters) + f] = t;
                    }
                }
            }
        }

        for (var k = 0; k < pooled.Length; k++)
        {
            pooled[k] = Math.Max(0, pooled[k]);
        }
    }

    /// <summary>y += a * x, vectorised.</summary>
    internal static void MultiplyAdd(float a, ReadOnlySpan<float> x, Span<float> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var factor = new Vector<float>(a);
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                (new Vector<float>(y[i..]) + (factor * new Vector<float>(x[i..]))).CopyTo(y[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] += a * x[i];
        }
    }

    private static void Maximum(ReadOnlySpan<float> x, Span<float> y)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; i <= x.Length - Vector<float>.Count; i += Vector<float>.Count)
            {
                Vector.Max(new Vector<float>(x[i..]), new Vector<float>(y[i..])).CopyTo(y[i..]);
            }
        }

        for (; i < x.Length; i++)
        {
            y[i] = Math.Max(x[i], y[i]);
        }
    }
}
