using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SentimentDashboard.Tests.Infrastructure;

namespace SentimentDashboard.Tests.Api;

[Collection(AppCollection.Name)]
public sealed class PredictEndpointTests(AppFixture app)
{
    [Fact]
    public async Task Predict_WithKey_ReturnsEveryModelsLabelAndScores()
    {
        using var client = app.CreateApiClient();

        using var response = await client.PostAsJsonAsync("/api/predict", new { text = "I hate waiting, worst service ever!" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var predictions = json.RootElement.GetProperty("predictions").EnumerateArray().ToArray();
        Assert.Equal(["sentiment", "hate", "offensive", "emotion"], predictions.Select(p => p.GetProperty("task").GetString()));
        var sentiment = predictions[0];
        Assert.Equal("negative", sentiment.GetProperty("label").GetString());
        var scores = sentiment.GetProperty("scores").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());
        Assert.Equal(["negative", "neutral", "positive"], scores.Keys);
        Assert.Equal(1.0, scores.Values.Sum(), 3);
        Assert.NotEmpty(sentiment.GetProperty("topTerms").EnumerateArray());
        app.Logs.AssertNoErrors();
    }

    [Fact]
    public async Task Predict_WithoutKey_IsUnauthorized()
    {
        using var client = app.CreateHttpClient();
        using var response = await client.PostAsJsonAsync("/api/predict", new { text = "hello" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Predict_WrongKey_IsUnauthorized()
    {
        using var client = app.CreateHttpClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", app.ApiKey + "x");
        using var response = await client.PostAsJsonAsync("/api/predict", new { text = "hello" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("{\"text\":\"\"}")]
    [InlineData("{\"other\":1}")]
    [InlineData("{\"text\": ")]
    [InlineData("not json")]
    public async Task Predict_BadBody_IsABadRequestWithAReason(string body)
    {
        using var client = app.CreateApiClient();
        using var response = await client.PostAsync("/api/predict", new StringContent(body, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Predict_HugeText_IsRefusedNotCrashed()
    {
        using var client = app.CreateApiClient();
        using var response = await client.PostAsJsonAsync("/api/predict", new { text = new string('a', 200_000) });
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
