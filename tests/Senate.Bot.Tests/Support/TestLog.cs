using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Senate.Bot.Tests.Support;

/// <summary>Log lines the host wrote, for asserting on what is (and is not) logged.</summary>
internal sealed class TestLog
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message, Exception? Exception)> Entries { get; } = new();

    public IEnumerable<string> Messages => Entries.Select(e => e.Message + (e.Exception is null ? string.Empty : " " + e.Exception));
}

internal sealed class TestLogProvider(TestLog log) : ILoggerProvider
{
    public ILogger CreateLogger(string categoryName) => new Logger(log, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(TestLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Debug;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log.Entries.Enqueue((logLevel, category, formatter(state, exception), exception));
    }
}
