using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace SentimentDashboard.Api;

/// <summary>Lets an API call through when its <c>X-Api-Key</c> header matches the configured key (compared in constant time).</summary>
internal sealed class ApiKeyFilter(IOptions<ApiOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var expected = options.Value.ApiKey;
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(given)
            || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given)))
        {
            return ValueTask.FromResult<object?>(Results.Problem(
                title: "Unauthorized",
                detail: string.IsNullOrEmpty(expected)
                    ? "The API is closed: set Dashboard:ApiKey (env Dashboard__ApiKey) and send it in the X-Api-Key header."
                    : "Send the API key in the X-Api-Key header.",
                statusCode: StatusCodes.Status401Unauthorized));
        }

        return next(context);
    }
}
