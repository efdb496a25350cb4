using System.Collections.Concurrent;
using RoleBot.Core.Learning;

namespace RoleBot.TestSupport;

/// <summary>Stands in for the SQLite learning log: keeps every feedback entry so tests can read what the API recorded.</summary>
public sealed class RecordingLearningLog : ILearningLog
{
    private readonly ConcurrentQueue<FeedbackEntry> entries = new();

    public IReadOnlyCollection<FeedbackEntry> Entries => entries;

    public ValueTask RecordFeedbackAsync(FeedbackEntry feedback, CancellationToken cancellationToken = default)
    {
        entries.Enqueue(feedback);
        return ValueTask.CompletedTask;
    }
}
