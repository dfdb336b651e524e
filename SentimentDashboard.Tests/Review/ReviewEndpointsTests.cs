using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SentimentDashboard.Classification;
using SentimentDashboard.Review;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Review;

/// <summary><c>GET /api/reviews</c>, decisions through the API, the CSV export and the training files, over HTTP on the real app.</summary>
public sealed class ReviewEndpointsTests : IAsyncLifetime
{
    private readonly AppFixture app = new();

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)app).DisposeAsync();

    [Fact]
    public async Task Api_lists_pending_items_and_takes_decisions_once()
    {
        await ReviewFixture.ReplayAsync(app, hateful: 3);
        var api = app.CreateApiClient();

        var pending = await ItemsAsync(api, "/api/reviews");
        Assert.Equal(3, pending.Count);
        var first = pending[0];
        Assert.Equal("pending", first.GetProperty("status").GetString());
        Assert.True(first.GetProperty("model_labels").GetProperty("hate").GetBoolean());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("labels").ValueKind);
        var id = first.GetProperty("id").GetInt64();

        using var decided = await api.PostAsJsonAsync($"/api/reviews/{id}/decision", new { decision = "relabel", hate = false, offensive = true, sentiment = "negative", category = "polemic", note = "insult" });
        Assert.Equal(HttpStatusCode.OK, decided.StatusCode);
        var body = await decided.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("relabelled", body.GetProperty("status").GetString());
        Assert.False(body.GetProperty("labels").GetProperty("hate").GetBoolean());
        Assert.Equal("polemic", body.GetProperty("labels").GetProperty("category").GetString());

        using var again = await api.PostAsJsonAsync($"/api/reviews/{id}/decision", new { decision = "dismiss" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        using var unknown = await api.PostAsJsonAsync($"/api/reviews/{pending[1].GetProperty("id").GetInt64()}/decision", new { decision = "relabel", hate = true });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("relabel", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var malformed = await api.PostAsync($"/api/reviews/{id}/decision", new StringContent("{\"decision\":", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);

        Assert.Equal(2, (await ItemsAsync(api, "/api/reviews")).Count);
        Assert.Equal([id], (await ItemsAsync(api, "/api/reviews?decided=1")).Select(i => i.GetProperty("id").GetInt64()));
        Assert.Empty(await ItemsAsync(api, "/api/reviews?status=dismissed"));
    }

    [Fact]
    public async Task The_training_files_read_back_as_datasets_and_the_csv_lists_the_decisions()
    {
        await ReviewFixture.ReplayAsync(app, hateful: 3);
        var queue = app.Services.GetRequiredService<ReviewQueue>();
        var items = (await queue.ListAsync(new ReviewFilter(), CancellationToken.None)).OrderBy(i => i.Id).ToList();
        await queue.DecideAsync(items[0].Id, i => ReviewDecision.Confirm(i, null), null, "ana", CancellationToken.None);
        await queue.DecideAsync(items[1].Id, _ => ReviewDecision.Dismiss("a quote, not an attack"), null, "ana", CancellationToken.None);
        var client = await app.CreateSignedInClientAsync();

        var hate = await TrainingFileAsync(client, "hate");
        Assert.Equal(new[] { (items[0].Text, 1), (items[1].Text, 0) }.Order(), hate.Select(t => (t.Text, t.Label)).Order());
        var sentiment = await TrainingFileAsync(client, "sentiment");
        Assert.Equal([(items[0].Text, ClassificationTask.Sentiment.LabelIndex(items[0].ModelSentiment))], sentiment.Select(t => (t.Text, t.Label)));
        using var emotion = await client.GetAsync("/export/reviews.tsv?task=emotion");
        Assert.Equal(HttpStatusCode.BadRequest, emotion.StatusCode);

        var csv = (await client.GetStringAsync("/export/reviews.csv?decided=1")).TrimEnd().Split('\n');
        Assert.StartsWith("id,status,post_id,source_id,monitor,author,lang,text,", csv[0], StringComparison.Ordinal);
        Assert.Equal(3, csv.Length);
        Assert.Contains("a quote, not an attack", csv[1], StringComparison.Ordinal);
    }

    private static async Task<List<JsonElement>> ItemsAsync(HttpClient client, string path)
    {
        var json = await client.GetFromJsonAsync<JsonElement>(path);
        return [.. json.GetProperty("items").EnumerateArray()];
    }

    private async Task<IReadOnlyList<LabeledText>> TrainingFileAsync(HttpClient client, string task)
    {
        var path = Path.Combine(app.TempDirectory, $"reviews-{task}.tsv");
        await File.WriteAllBytesAsync(path, await client.GetByteArrayAsync($"/export/reviews.tsv?task={task}"));
        return DatasetReader.Read(path, ClassificationTask.Parse(task));
    }
}
