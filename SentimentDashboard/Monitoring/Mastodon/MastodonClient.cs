using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace SentimentDashboard.Monitoring.Mastodon;

/// <summary>
/// The Mastodon REST and streaming calls monitoring makes, each paced by <see cref="RateLimitPacer"/>. Error statuses
/// become <see cref="MastodonApiException"/>; network failures and malformed JSON surface as they are
/// (<see cref="HttpRequestException"/>, <see cref="JsonException"/>) for the caller to classify.
/// </summary>
internal sealed class MastodonClient(HttpClient http, RateLimitPacer pacer)
{
    public async Task<TimelinePage> GetTimelineAsync(Uri url, string? token, CancellationToken cancellation)
    {
        using var response = await SendAsync(url, token, HttpCompletionOption.ResponseContentRead, cancellation);
        var statuses = await response.Content.ReadFromJsonAsync(MastodonJsonContext.Default.ListMastodonStatus, cancellation)
            ?? throw new JsonException($"{url.AbsolutePath} returned null instead of a list of statuses.");
        return new TimelinePage(statuses, LinkHeader.Find(response, "prev", url));
    }

    /// <summary>The id of <paramref name="acct"/> (<c>user</c> or <c>user@domain</c>) on <paramref name="instance"/>.</summary>
    public async Task<string> LookupAccountIdAsync(Uri instance, string acct, string? token, CancellationToken cancellation)
    {
        var url = new Uri(instance, $"api/v1/accounts/lookup?acct={Uri.EscapeDataString(acct)}");
        try
        {
            using var response = await SendAsync(url, token, HttpCompletionOption.ResponseContentRead, cancellation);
            var account = await response.Content.ReadFromJsonAsync(MastodonJsonContext.Default.MastodonAccount, cancellation);
            return account?.Id is { Length: > 0 } id ? id : throw new JsonException($"The account lookup of @{acct} returned no id.");
        }
        catch (MastodonApiException e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            throw new MastodonApiException(e.StatusCode, $"the account @{acct} was not found on {instance.Host}");
        }
    }

    /// <summary><c>/api/v2/instance</c>, or null from an instance too old or too different to have it.</summary>
    public async Task<InstanceInfo?> GetInstanceAsync(Uri instance, MastodonTimeline timeline, string? token, CancellationToken cancellation)
    {
        try
        {
            using var response = await SendAsync(new Uri(instance, "api/v2/instance"), token, HttpCompletionOption.ResponseContentRead, cancellation);
            using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellation), cancellationToken: cancellation);
            return InstanceInfo.Parse(json.RootElement, timeline);
        }
        catch (MastodonApiException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return null;
        }
    }

    /// <summary>Opens a server-sent event stream; the caller reads and disposes the response.</summary>
    public Task<HttpResponseMessage> OpenStreamAsync(Uri url, string token, CancellationToken cancellation) =>
        SendAsync(url, token, HttpCompletionOption.ResponseHeadersRead, cancellation, "text/event-stream");

    private async Task<HttpResponseMessage> SendAsync(
        Uri url, string? token, HttpCompletionOption completion, CancellationToken cancellation, string accept = "application/json")
    {
        await pacer.WaitTurnAsync(url, cancellation);
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await http.SendAsync(request, completion, cancellation);
        pacer.Observe(url, response);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        response.Dispose();
        throw new MastodonApiException(
            response.StatusCode, $"{url.Host} answered {(int)response.StatusCode} {response.ReasonPhrase} for /{url.GetComponents(UriComponents.Path, UriFormat.Unescaped)}");
    }
}
