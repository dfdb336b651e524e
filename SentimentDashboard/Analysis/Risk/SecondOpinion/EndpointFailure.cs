using System.ClientModel;
using System.ClientModel.Primitives;
using System.Globalization;
using System.Text.Json;

namespace SentimentDashboard.Analysis.Risk.SecondOpinion;

/// <summary>
/// Why one request to the endpoint gave no answer: <see cref="Message"/> for the moderator, <see cref="Reason"/> for the
/// log (a status or a fixed phrase, never the text of the post or of the answer), whether it is worth another attempt,
/// whether the endpoint's rate limit was met, and how long the endpoint asked us to wait first (if it said).
/// </summary>
internal sealed record EndpointFailure(string Message, string Reason, bool Retry, bool RateLimited = false, TimeSpan? RetryAfter = null)
{
    /// <summary>A Retry-After longer than this is cut to it: the caller should get an answer, or an error, within minutes.</summary>
    public static readonly TimeSpan LongestRetryAfter = TimeSpan.FromSeconds(60);

    private const int MaxErrorBodyBytes = 8 * 1024;

    public static EndpointFailure TimedOut(int seconds) => new($"Timed out after {seconds} s.", "timeout", Retry: false);

    public static EndpointFailure From(Exception exception, DateTimeOffset now)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is AnswerTooLargeException)
            {
                return new(e.Message, "answer too large", Retry: false);
            }
        }

        if (exception is not ClientResultException failed)
        {
            // The SDK could not read a 200 as a chat completion (an HTML page, another API's JSON).
            return new($"The endpoint's answer was not a chat completion ({exception.GetType().Name}).", "not a chat completion", Retry: false);
        }

        var status = failed.Status;
        var response = failed.GetRawResponse();
        return status switch
        {
            0 => new($"Could not reach the endpoint: {(failed.InnerException ?? failed).Message}", $"unreachable: {(failed.InnerException ?? failed).Message}", Retry: true),
            401 => new("The endpoint refused the key (401): check SecondOpinion:ApiKey.", "HTTP 401", Retry: false),
            403 => new("The endpoint refused access (403): the key may not be allowed this model.", "HTTP 403", Retry: false),
            404 => new("The endpoint or the model was not found (404): check SecondOpinion:BaseUrl and SecondOpinion:Model.", "HTTP 404", Retry: false),
            429 => new("Rate limited by the endpoint (429)", "HTTP 429", Retry: true, RateLimited: true, WaitAsked(response, now)),
            408 or >= 500 => new($"The endpoint failed (HTTP {status})", $"HTTP {status}", Retry: true),
            _ => new($"The endpoint refused the request (HTTP {status}){ErrorMessage(response)}.", $"HTTP {status}", Retry: false),
        };
    }

    /// <summary>What <c>Retry-After</c> (seconds or an HTTP date, against the response's own Date) or <c>retry-after-ms</c> asks, at most <see cref="LongestRetryAfter"/>.</summary>
    private static TimeSpan? WaitAsked(PipelineResponse? response, DateTimeOffset now)
    {
        if (response is null)
        {
            return null;
        }

        TimeSpan? wait = null;
        if (response.Headers.TryGetValue("retry-after-ms", out var ms) && double.TryParse(ms, NumberStyles.Float, CultureInfo.InvariantCulture, out var milliseconds))
        {
            wait = TimeSpan.FromMilliseconds(milliseconds);
        }
        else if (response.Headers.TryGetValue("Retry-After", out var after) && after is not null)
        {
            if (int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                wait = TimeSpan.FromSeconds(seconds);
            }
            else if (DateTimeOffset.TryParse(after, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var date))
            {
                var serverNow = response.Headers.TryGetValue("Date", out var sent)
                    && DateTimeOffset.TryParse(sent, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : now;
                wait = date - serverNow;
            }
        }

        return wait is { } w ? TimeSpan.FromTicks(Math.Clamp(w.Ticks, 0, LongestRetryAfter.Ticks)) : null;
    }

    /// <summary>The <c>error.message</c> of an OpenAI-style error body, quoted, or nothing.</summary>
    private static string ErrorMessage(PipelineResponse? response)
    {
        try
        {
            var body = response?.Content;
            if (body is null || body.ToMemory().Length is 0 or > MaxErrorBodyBytes)
            {
                return "";
            }

            using var error = JsonDocument.Parse(body.ToMemory());
            return error.RootElement.ValueKind == JsonValueKind.Object
                && error.RootElement.TryGetProperty("error", out var e)
                && (e.ValueKind == JsonValueKind.String ? e : e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m : default) is
                { ValueKind: JsonValueKind.String } message
                ? ": " + SecondOpinionParser.Quote(message.GetString()!)
                : "";
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return "";
        }
    }
}
