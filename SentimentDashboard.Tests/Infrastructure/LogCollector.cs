using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SentimentDashboard.Tests.Infrastructure;

/// <summary>Keeps every log entry of the app under test (Information and above) in memory.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<LogEntry> entries = new();

    public IReadOnlyList<LogEntry> Entries => [.. entries];

    public IReadOnlyList<LogEntry> Errors => [.. entries.Where(e => e.Level >= LogLevel.Error)];

    public void AssertNoErrors()
    {
        var errors = Errors;
        Assert.True(errors.Count == 0, "The app logged errors:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
    }

    public ILogger CreateLogger(string categoryName) => new CollectingLogger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class CollectingLogger(string category, ConcurrentQueue<LogEntry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue(new LogEntry(category, logLevel, formatter(state, exception), exception));
            }
        }
    }
}
