using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Fakes;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Review;

/// <summary>Queued items above the second opinion's minimum risk are put to a local chat-completions server; answers and failures are kept with them.</summary>
public sealed class ReviewSecondOpinionsTests : IAsyncLifetime
{
    private const double MinimumRisk = 0.85;

    private readonly AppFixture app = new();
    private FakeChatCompletionsServer server = null!;

    public async Task InitializeAsync()
    {
        server = await FakeChatCompletionsServer.StartAsync();
        server.Configure(app, MinimumRisk, maxAttempts: 1);
        await app.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await ((IAsyncLifetime)app).DisposeAsync();
        await server.DisposeAsync();
    }

    [Fact]
    public async Task Items_at_the_minimum_risk_get_the_answer_or_the_error_and_the_others_are_not_sent()
    {
        server.Script(FakeChatReply.HatefulAnswer, FakeChatReply.Answer("I cannot help with that, but here is a poem."), FakeChatReply.Error(401, "Invalid API key"));
        var gate = new Lock();
        var answered = new ChangeSignal(gate);
        var opinions = 0;
        using var subscription = app.Services.GetRequiredService<ReviewNotices>().Subscribe(change =>
        {
            lock (gate)
            {
                opinions += change.ItemId is null ? 0 : 1;
                answered.Raise();
            }
        });

        await ReviewFixture.ReplayAsync(app, hateful: 9);
        var queue = app.Services.GetRequiredService<ReviewQueue>();
        var items = (await queue.ListAsync(new ReviewFilter(), CancellationToken.None)).OrderBy(i => i.Id).ToList();
        var asked = items.Where(i => i.Risk >= (float)MinimumRisk).ToList();
        Assert.InRange(asked.Count, 3, items.Count - 1);
        await answered.WaitUntilAsync(() => opinions == asked.Count);

        Assert.Equal(asked.Count, server.Requests.Count);
        Assert.Equal(asked.Select(i => i.Text), server.Requests.Select(r => asked.Single(i => r.UserMessage.Contains(i.Text, StringComparison.Ordinal)).Text));
        var stored = (await queue.ListAsync(new ReviewFilter(), CancellationToken.None)).ToDictionary(i => i.Id);
        var first = stored[asked[0].Id];
        Assert.Equal(("hateful", "medium", true, "religion", 0.9f, "llama-test", null), (first.OpinionCategory, first.OpinionVirality, first.OpinionHate, first.OpinionTarget, first.OpinionScore, first.OpinionModel, first.OpinionError));
        Assert.Contains("expelled", first.OpinionJustification, StringComparison.Ordinal);
        Assert.Contains("not JSON", stored[asked[1].Id].OpinionError, StringComparison.Ordinal);
        Assert.Contains("401", stored[asked[2].Id].OpinionError, StringComparison.Ordinal);
        Assert.All(items.Except(asked), i => Assert.Null(stored[i.Id].OpinionAt));
        Assert.All(asked, i => Assert.NotNull(stored[i.Id].OpinionAt));
    }
}
