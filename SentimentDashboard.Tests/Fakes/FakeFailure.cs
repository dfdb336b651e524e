namespace SentimentDashboard.Tests.Fakes;

/// <summary>A failure <see cref="FakeMastodonServer"/> answers a timeline request with, once.</summary>
public enum FakeFailure
{
    /// <summary>429 with <c>Retry-After</c> (<see cref="FakeMastodonServer.RetryAfterSeconds"/>) and no requests remaining.</summary>
    TooManyRequests,

    /// <summary>500 with an HTML error page.</summary>
    ServerError,

    /// <summary>200 with JSON cut in the middle of a status.</summary>
    MalformedJson,

    /// <summary>200, part of the body, then the connection is reset.</summary>
    ConnectionReset,
}
