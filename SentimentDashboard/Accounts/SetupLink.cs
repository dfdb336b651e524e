using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace SentimentDashboard.Accounts;

/// <summary>
/// The one-time link that creates the first admin when no account exists and none is configured. Only the token's
/// hash is kept, in memory: the link works once, until it expires, and a restart prints a new one.
/// </summary>
public sealed class SetupLink(TimeProvider time)
{
    private readonly Lock gate = new();
    private byte[]? hash;
    private DateTimeOffset expires;

    public string Create(TimeSpan lifetime)
    {
        var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        lock (gate)
        {
            hash = Hash(token);
            expires = time.GetUtcNow() + lifetime;
        }

        return token;
    }

    public bool IsValid(string? token)
    {
        lock (gate)
        {
            return Matches(token);
        }
    }

    /// <summary>Uses the link up: true once for the right token before it expires, false ever after.</summary>
    public bool TryConsume(string? token)
    {
        lock (gate)
        {
            if (!Matches(token))
            {
                return false;
            }

            hash = null;
            return true;
        }
    }

    private bool Matches(string? token) =>
        hash is not null && token is not null && time.GetUtcNow() < expires && CryptographicOperations.FixedTimeEquals(hash, Hash(token));

    private static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
