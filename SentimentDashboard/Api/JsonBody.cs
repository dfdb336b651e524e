using System.Text.Json;

namespace SentimentDashboard.Api;

/// <summary>
/// Reads an API call's JSON body itself, rather than through the framework's binding, so that a malformed body is a
/// plain 400 and a body over <c>Security:MaxRequestBodyKilobytes</c> a 413, answered and not logged as the app's error.
/// </summary>
internal static class JsonBody
{
    /// <summary>The body as <typeparamref name="T"/>, or the problem to answer with.</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadAsync<T>(HttpRequest request)
    {
        try
        {
            return (await request.ReadFromJsonAsync<T>(request.HttpContext.RequestAborted), null);
        }
        catch (BadHttpRequestException e)
        {
            return (default, Results.Problem(title: "Bad request", detail: e.Message, statusCode: e.StatusCode));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return (default, Results.Problem(title: "Bad request", detail: $"The body is not valid JSON: {e.Message}", statusCode: StatusCodes.Status400BadRequest));
        }
    }
}
