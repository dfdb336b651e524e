using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>The endpoints of <see cref="FakeMastodonServer"/>.</summary>
public sealed partial class FakeMastodonServer
{
    private static bool HasTag(FakeStatus status, string tag) => status.Tags.Contains(tag, StringComparer.OrdinalIgnoreCase);

    private static bool HasToken(HttpContext context) => context.Request.Headers.Authorization == $"Bearer {AccessToken}";

    private static Task WriteJsonAsync(HttpContext context, JsonNode json, int status = StatusCodes.Status200OK)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(json.ToJsonString());
    }

    private void Broadcast(FakeStatus status, string type, string data)
    {
        foreach (var stream in streams.Where(s => type == "delete" || s.Wants(status)))
        {
            stream.Send($"event: {type}\ndata: {data}\n\n");
        }
    }

    private async Task ApiMiddlewareAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        var timeline = path.StartsWith("/api/v1/timelines/", StringComparison.Ordinal) || (path.StartsWith("/api/v1/accounts/", StringComparison.Ordinal) && path.EndsWith("/statuses", StringComparison.Ordinal));
        FakeFailure? failure = null;
        (int Remaining, TimeSpan ResetIn) limit;
        lock (gate)
        {
            requests.Add(path + context.Request.QueryString);
            failure = timeline && failures.Count > 0 ? failures.Dequeue() : null;
            limit = (timeline ? nextRateLimit : null) ?? (RateLimit - requests.Count % 100, TimeSpan.FromMinutes(5));
            nextRateLimit = timeline ? null : nextRateLimit;
        }

        if (!path.StartsWith("/api/v1/streaming", StringComparison.Ordinal))
        {
            context.Response.Headers["X-RateLimit-Limit"] = RateLimit.ToString();
            context.Response.Headers["X-RateLimit-Remaining"] = (failure == FakeFailure.TooManyRequests ? 0 : limit.Remaining).ToString();
            context.Response.Headers["X-RateLimit-Reset"] = (DateTimeOffset.UtcNow + limit.ResetIn).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'");
        }

        if (timeline && RequireToken && !HasToken(context))
        {
            await WriteJsonAsync(context, new JsonObject { ["error"] = "The access token is invalid" }, StatusCodes.Status401Unauthorized);
            return;
        }

        switch (failure)
        {
            case FakeFailure.TooManyRequests:
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString();
                await WriteJsonAsync(context, new JsonObject { ["error"] = "Too many requests" }, StatusCodes.Status429TooManyRequests);
                return;
            case FakeFailure.ServerError:
                context.Response.StatusCode = StatusCodes.Status500InternalServerError;
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync("<!DOCTYPE html><html><head><title>We're sorry, but something went wrong (500)</title></head><body></body></html>");
                return;
            case FakeFailure.MalformedJson:
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync("[{\"id\":\"110000000000000999\",\"created_at\":\"2026-11-22T10:00:00.000Z\",\"content\":\"<p>Cut off in the mid");
                return;
            case FakeFailure.ConnectionReset:
                context.Response.ContentType = "application/json; charset=utf-8";
                context.Response.ContentLength = 100_000;
                await context.Response.WriteAsync("[{\"id\":\"110000000000000999\",\"content\":\"<p>" + new string('x', 2_000));
                await context.Response.Body.FlushAsync();
                context.Abort();
                return;
        }

        await next(context);
    }

    private async Task TimelineAsync(HttpContext context, Func<FakeStatus, bool> include)
    {
        var query = context.Request.Query;
        var limit = Math.Clamp(int.TryParse(query["limit"], out var asked) ? asked : 20, 1, 40);
        List<FakeStatus> page;
        lock (gate)
        {
            // Ids are numbers of one length here, so ordinal order is id order; statuses is kept oldest first.
            var candidates = statuses.Where(include)
                .Where(s => query["max_id"] is not [{ } max] || string.CompareOrdinal(s.Id, max) < 0)
                .Where(s => query["since_id"] is not [{ } since] || string.CompareOrdinal(s.Id, since) > 0);
            page = query["min_id"] is [{ } min]
                ? [.. candidates.Where(s => string.CompareOrdinal(s.Id, min) > 0).Take(limit).Reverse()]
                : [.. candidates.Reverse().Take(limit)];
        }

        if (page.Count > 0)
        {
            context.Response.Headers.Link = $"<{PageLink(context, limit, "max_id", page[^1].Id)}>; rel=\"next\", <{PageLink(context, limit, "min_id", page[0].Id)}>; rel=\"prev\"";
        }

        await WriteJsonAsync(context, new JsonArray([.. page.Select(s => (JsonNode)s.ToJson(BaseAddress))]));
    }

    private Uri PageLink(HttpContext context, int limit, string cursor, string id)
    {
        var kept = context.Request.Query.Where(p => p.Key is not ("max_id" or "min_id" or "since_id" or "limit")).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value.ToString())}");
        return new Uri(BaseAddress, $"{context.Request.Path}?{string.Join('&', kept.Append($"limit={limit}").Append($"{cursor}={id}"))}");
    }

    private Task LookupAsync(HttpContext context)
    {
        var acct = context.Request.Query["acct"].ToString();
        var account = new[] { FakeAccount.Alice, FakeAccount.Bob }.FirstOrDefault(a => string.Equals(a.Acct, acct, StringComparison.OrdinalIgnoreCase));
        return account is null
            ? WriteJsonAsync(context, new JsonObject { ["error"] = "Record not found" }, StatusCodes.Status404NotFound)
            : WriteJsonAsync(context, account.ToJson(BaseAddress));
    }

    private Task InstanceAsync(HttpContext context)
    {
        JsonObject Feed() => new() { ["local"] = TimelinesAccess, ["remote"] = TimelinesAccess };
        return WriteJsonAsync(context, new JsonObject
        {
            ["domain"] = BaseAddress.Host,
            ["title"] = "Fake Mastodon",
            ["version"] = "4.5.0",
            ["source_url"] = "https://github.com/mastodon/mastodon",
            ["description"] = "An instance that exists only during a test.",
            ["configuration"] = new JsonObject
            {
                ["urls"] = new JsonObject { ["streaming"] = $"ws://{BaseAddress.Authority}" },
                ["statuses"] = new JsonObject { ["max_characters"] = 500, ["max_media_attachments"] = 4, ["characters_reserved_per_url"] = 23 },
                ["timelines_access"] = new JsonObject { ["live_feeds"] = Feed(), ["hashtag_feeds"] = Feed(), ["trending_link_feeds"] = Feed() },
            },
            ["registrations"] = new JsonObject { ["enabled"] = false, ["approval_required"] = false, ["message"] = null },
            ["api_versions"] = new JsonObject { ["mastodon"] = 6 },
        });
    }

    private async Task StreamAsync(HttpContext context, Func<FakeStatus, bool> filter)
    {
        if (!HasToken(context))
        {
            await WriteJsonAsync(context, new JsonObject { ["error"] = "Error: Missing access token" }, StatusCodes.Status401Unauthorized);
            return;
        }

        var client = new FakeStreamClient(filter);
        lock (gate)
        {
            streams.Add(client);
            streamConnections++;
            var opened = streamOpened;
            streamOpened = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            opened.SetResult();
        }

        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        try
        {
            await context.Response.WriteAsync(":)\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var text in client.Outbox.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(text, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The client went away.
        }
        finally
        {
            lock (gate)
            {
                streams.Remove(client);
            }
        }
    }
}
