using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace SentimentDashboard.Tests.Fakes;

public sealed partial class AudioStreamServer
{
    /// <summary>Unpaced content goes out in writes of this size; paced streams in tenths of a second of audio.</summary>
    private const int UnpacedChunk = 16 * 1024;

    private async Task ServeAsync(HttpContext context)
    {
        if (Find(context.Request.Path.Value ?? "/") is not { Online: true } route || route.Connect() is not { } joined)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        context.Response.ContentType = route.ContentType;
        context.Response.Headers.CacheControl = "no-cache";
        if (route.IcyName is { } icyName)
        {
            context.Response.Headers["icy-name"] = icyName;
        }

        if (route.BytesPerSecond == 0 && !route.Loop)
        {
            context.Response.ContentLength = route.Content.Length;
        }

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        await context.Response.StartAsync(context.RequestAborted);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
        try
        {
            await SendAsync(context, route, joined.Position, joined.TimelineStart, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The client left or the server stops.
        }
    }

    private static async Task SendAsync(HttpContext context, AudioStreamRoute route, long position, long timelineStart, CancellationToken stop)
    {
        var content = route.Content;
        var length = route.Loop ? long.MaxValue : content.Length;
        var chunk = route.BytesPerSecond > 0 ? Math.Max(1, (int)(route.BytesPerSecond / 10)) : UnpacedChunk;
        while (position < length && route.Online)
        {
            if (route.TakeDrop(position))
            {
                context.Abort();
                return;
            }

            if (route.StallAt is { } stallAt && position >= stallAt)
            {
                await WaitForChangeAsync(route, Timeout.InfiniteTimeSpan, stop);
                continue;
            }

            var offset = (int)(position % content.Length);
            var end = position + Math.Min(chunk, content.Length - offset);
            end = Math.Min(end, Math.Max(route.StallAt ?? long.MaxValue, position + 1));
            end = Math.Min(end, Math.Max(route.DropAt ?? long.MaxValue, position + 1));
            if (route.BytesPerSecond > 0)
            {
                var due = TimeSpan.FromSeconds(end / route.BytesPerSecond) - Stopwatch.GetElapsedTime(timelineStart);
                if (due > TimeSpan.Zero && await WaitForChangeAsync(route, due, stop))
                {
                    continue;
                }
            }

            await context.Response.Body.WriteAsync(content.AsMemory(offset, (int)(end - position)), stop);
            await context.Response.Body.FlushAsync(stop);
            position = end;
        }
    }

    /// <summary>Waits <paramref name="delay"/>; true when the route changed meanwhile.</summary>
    private static async Task<bool> WaitForChangeAsync(AudioStreamRoute route, TimeSpan delay, CancellationToken stop)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(stop, route.Changed);
        try
        {
            await Task.Delay(delay, either.Token);
            return false;
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return true;
        }
    }
}
