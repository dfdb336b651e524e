using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Fakes;

/// <summary>
/// An OpenAI-compatible chat-completions API on Kestrel at 127.0.0.1 (as OpenAI, Groq and Ollama serve it):
/// <c>POST {BaseUrl}/chat/completions</c> with a bearer key, answered with the replies a test scripts, in order, the
/// last one repeated. A wrong or missing key is answered 401 as the API does, unless the server was started without
/// one (as Ollama, which takes any); every request is kept for assertions.
/// </summary>
public sealed class FakeChatCompletionsServer : IAsyncDisposable
{
    public const string Key = "test-key-0123456789";

    private readonly Lock gate = new();
    private readonly Queue<FakeChatReply> script = new();
    private readonly List<FakeChatRequest> requests = [];
    private readonly WebApplication app;
    private readonly string? key;
    private readonly ChangeSignal received;
    private FakeChatReply last = FakeChatReply.HatefulAnswer;

    private FakeChatCompletionsServer(WebApplication app, string? key)
    {
        this.app = app;
        this.key = key;
        received = new ChangeSignal(gate);
        app.MapPost("/v1/chat/completions", ServeAsync);
    }

    /// <summary>What clients are configured with, e.g. <c>http://127.0.0.1:41234/v1</c>.</summary>
    public string BaseUrl { get; private set; } = null!;

    public IReadOnlyList<FakeChatRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    /// <summary>Starts a server that requires <paramref name="key"/> as the bearer token (null: any token, or none).</summary>
    public static async Task<FakeChatCompletionsServer> StartAsync(string? key = Key)
    {
        var server = new FakeChatCompletionsServer(LocalWebServer.Create(), key);
        server.BaseUrl = new Uri(await LocalWebServer.StartAsync(server.app), "v1").ToString();
        return server;
    }

    /// <summary>Points <paramref name="app"/>'s second opinion at this server, as the README's <c>SecondOpinion:*</c> settings do.</summary>
    public void Configure(AppFixture app, double? minimumRisk = null, int? maxAttempts = null)
    {
        app.Settings["SecondOpinion:Enabled"] = "true";
        app.Settings["SecondOpinion:BaseUrl"] = BaseUrl;
        app.Settings["SecondOpinion:Model"] = "llama-test";
        app.Settings["SecondOpinion:ApiKey"] = Key;
        if (minimumRisk is { } risk)
        {
            app.Settings["SecondOpinion:MinimumRisk"] = risk.ToString(CultureInfo.InvariantCulture);
        }

        if (maxAttempts is { } attempts)
        {
            app.Settings["SecondOpinion:MaxAttempts"] = attempts.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Answers the next requests with <paramref name="replies"/> in order, then the last one again and again.</summary>
    public void Script(params FakeChatReply[] replies)
    {
        lock (gate)
        {
            script.Clear();
            foreach (var reply in replies)
            {
                script.Enqueue(reply);
            }
        }
    }

    /// <summary>Completes once <paramref name="count"/> requests have arrived.</summary>
    public Task WaitForRequestsAsync(int count) => received.WaitUntilAsync(() => requests.Count >= count);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var request = new FakeChatRequest(context.Request.Path.Value ?? "", context.Request.Headers.Authorization.FirstOrDefault(), body.RootElement.Clone());
        FakeChatReply reply;
        lock (gate)
        {
            requests.Add(request);
            received.Raise();
            if (script.TryDequeue(out var next))
            {
                last = next;
            }

            reply = last;
        }

        if (key is not null && request.Authorization != $"Bearer {key}")
        {
            await FakeChatReply.Error(401, "Incorrect API key provided.").WriteAsync(context, "");
            return;
        }

        await reply.WriteAsync(context, request.Model ?? "");
    }
}
