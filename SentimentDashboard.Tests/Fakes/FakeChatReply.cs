using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// One answer of <see cref="FakeChatCompletionsServer"/>: a chat completion as the API writes it (id, object, created,
/// model, choices[].message, usage), an API error with its status and headers, silence, or any body at all.
/// </summary>
public sealed class FakeChatReply
{
    private readonly Func<HttpContext, string, Task> write;

    private FakeChatReply(string description, Func<HttpContext, string, Task> write)
    {
        Description = description;
        this.write = write;
    }

    public string Description { get; }

    /// <summary>The English answer a well-behaved model gives to a hateful post.</summary>
    public static FakeChatReply HatefulAnswer => Answer("""
        {"category": "hateful", "virality": "medium", "hate": true, "target": "religion",
         "justification": "It calls for a religious group to be expelled.", "score": 0.9}
        """);

    /// <summary>A completion whose assistant message is <paramref name="content"/>.</summary>
    public static FakeChatReply Answer(string content, string? refusal = null) =>
        new($"answer {content.Length} chars", (context, model) => WriteCompletionAsync(context, model, [Choice(content, refusal)]));

    /// <summary>A completion with an empty choices array.</summary>
    public static FakeChatReply NoChoices => new("no choices", (context, model) => WriteCompletionAsync(context, model, []));

    /// <summary>A well-formed completion whose content is <paramref name="bytes"/> of text, sent chunked (no Content-Length).</summary>
    public static FakeChatReply HugeAnswer(int bytes) => new($"huge answer {bytes} bytes", async (context, model) =>
    {
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"chatcmpl-huge\",\"object\":\"chat.completion\",\"created\":1,\"model\":\"{model}\",\"choices\":[{{\"index\":0,\"finish_reason\":\"stop\",\"message\":{{\"role\":\"assistant\",\"content\":\"");
        var chunk = Encoding.ASCII.GetBytes(new string('x', 8192));
        for (var sent = 0; sent < bytes && !context.RequestAborted.IsCancellationRequested; sent += chunk.Length)
        {
            try
            {
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        await context.Response.WriteAsync("\"}}]}");
    });

    /// <summary>An OpenAI-style error: <c>{"error": {"message", "type", "code"}}</c> with <paramref name="status"/>.</summary>
    public static FakeChatReply Error(int status, string message = "error", string? retryAfter = null) => new($"HTTP {status}", async (context, _) =>
    {
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        await context.Response.WriteAsJsonAsync(new { error = new { message, type = status == 429 ? "rate_limit_exceeded" : "invalid_request_error", code = (string?)null } });
    });

    /// <summary>Any body, e.g. a proxy's HTML page answered with 200.</summary>
    public static FakeChatReply Body(int status, string contentType, string body) => new($"HTTP {status} {contentType}", async (context, _) =>
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        await context.Response.WriteAsync(body);
    });

    /// <summary>Never answers: holds the request until the client gives up.</summary>
    public static FakeChatReply Hang => new("hang", async (context, _) =>
    {
        try
        {
            await Task.Delay(Timeout.Infinite, context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
        }
    });

    public Task WriteAsync(HttpContext context, string model) => write(context, model);

    public override string ToString() => Description;

    private static object Choice(string content, string? refusal) => new
    {
        index = 0,
        message = new { role = "assistant", content = refusal is null ? content : null, refusal },
        logprobs = (object?)null,
        finish_reason = "stop",
    };

    private static Task WriteCompletionAsync(HttpContext context, string model, object[] choices) =>
        context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-" + Guid.NewGuid().ToString("N")[..12],
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model,
            system_fingerprint = "fp_fake",
            choices,
            usage = new { prompt_tokens = 200, completion_tokens = 60, total_tokens = 260 },
        }, new JsonSerializerOptions());
}
