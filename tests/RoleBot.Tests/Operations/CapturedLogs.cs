using Microsoft.Extensions.Logging;
using System.Collections.Concurrent;

namespace RoleBot.Tests.Operations;

/// <summary>An in-memory logger provider that keeps every entry with its formatted message, state and scopes.</summary>
internal sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<Entry> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => scopes = scopeProvider;

    public void Dispose()
    {
    }

    internal sealed record Entry(string Category, LogLevel Level, string Message, string State, IReadOnlyDictionary<string, string> Scope);

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => owner.scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scope = new Dictionary<string, string>();
            owner.scopes.ForEachScope((s, into) =>
            {
                if (s is IEnumerable<KeyValuePair<string, object>> pairs)
                {
                    foreach (var pair in pairs)
                    {
                        into[pair.Key] = pair.Value?.ToString() ?? "";
                    }
                }
            }, scope);
            var values = state is IEnumerable<KeyValuePair<string, object?>> properties
                ? string.Join(" ", properties.Select(p => $"{p.Key}={p.Value}"))
                : state?.ToString() ?? "";
            owner.Entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), values, scope));
        }
    }
}
