using System.Collections.Concurrent;
using RoleBot.Core.Learning;

namespace RoleBot.Teams.Tests.Support;

/// <summary>Keeps feedback in memory so tests can see what a click recorded.</summary>
public sealed class RecordingLearningLog : ILearningLog
{
    private readonly ConcurrentQueue<FeedbackEntry> entries = new();

    public IReadOnlyList<FeedbackEntry> Entries => [.. entries];

    public ValueTask RecordFeedbackAsync(FeedbackEntry feedback, CancellationToken cancellationToken = default)
    {
        entries.Enqueue(feedback);
        return ValueTask.CompletedTask;
    }
}
