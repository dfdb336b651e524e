namespace SentimentDashboard.Tests.Fakes;

/// <summary>One request <see cref="ModelFileServer"/> received: its path and its Range header, if any.</summary>
public sealed record ModelFileRequest(string Path, string? Range);
