using System.Net;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>What posting the sign-in form gave: the status, where it redirects, the session cookie if one was set, and the page.</summary>
public sealed record SignInAttempt(HttpStatusCode Status, string? Location, string? Session, string Body);
