namespace RoleBot.Slack.Dedup;

/// <summary>
/// Remembers which Slack <c>event_id</c>s were accepted, so retries and duplicate deliveries are answered once.
/// Claims must be atomic: of several copies arriving at once, exactly one wins. A distributed cache can implement this
/// with an add-if-absent (for example Redis <c>SET NX EX</c>) when RoleBot runs on several instances.
/// </summary>
public interface IEventDeduplicator
{
    /// <summary>True for the first claim of <paramref name="eventId"/> within the dedupe window; false for every later one.</summary>
    ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Forgets a claim whose event could not be accepted, so Slack's next retry of it is answered.</summary>
    ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default);
}
