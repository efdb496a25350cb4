using RoleBot.Slack.Dedup;

namespace RoleBot.Slack.Tests.Support;

/// <summary>A shared dedupe store that is down, like Redis during an outage.</summary>
public sealed class BrokenDeduplicator : IEventDeduplicator
{
    public ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default) =>
        ValueTask.FromException<bool>(new InvalidOperationException("store unreachable"));

    public ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default) =>
        ValueTask.FromException(new InvalidOperationException("store unreachable"));
}
