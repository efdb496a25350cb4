using RoleBot.Slack.Dedup;

namespace RoleBot.ScaleOut.Peers;

/// <summary>
/// Slack claims in Redis, each one that Redis grants confirmed by the id's owner instance (<see cref="OwnerEventDeduplicator"/>),
/// and decided by the owner alone while Redis is down. Asking the owner only during an outage is not enough: instances
/// find Redis gone and back at different moments (a probe a second apart, or a network fault between one instance and
/// Redis), and in between one would claim in Redis while another claimed at the owner, and both would answer. With every
/// winning claim meeting at the owner, whichever side each instance is on, one copy wins. A copy that loses in Redis
/// needs no second opinion: whoever won there asked the owner too.
/// </summary>
internal sealed class PartitionedEventDeduplicator(
    RedisEventDeduplicator shared,
    OwnerEventDeduplicator owner,
    RedisCircuit circuit) : IEventDeduplicator
{
    public async ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var inRedis = await circuit.RunAsync<bool?>(
            "slack.claim",
            async () => await shared.TryClaimAsync(eventId, cancellationToken),
            () => ValueTask.FromResult<bool?>(null),
            cancellationToken);
        return inRedis != false && await owner.TryClaimAsync(eventId, cancellationToken);
    }

    public async ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default)
    {
        await owner.ReleaseAsync(eventId, cancellationToken);
        await circuit.RunAsync("slack.release", () => shared.ReleaseAsync(eventId, cancellationToken).AsTask(), () => ValueTask.CompletedTask, cancellationToken);
    }
}
