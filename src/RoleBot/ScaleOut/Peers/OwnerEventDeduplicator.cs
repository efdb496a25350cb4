using RoleBot.Slack.Dedup;

namespace RoleBot.ScaleOut.Peers;

/// <summary>
/// Slack claims decided by the instance that owns each id (<see cref="ClaimOwners"/>): in this instance's memory when it
/// is the owner, else by asking the owner. Copies of an event reaching different instances meet at one owner, so exactly
/// one wins. When the owner cannot be asked in time the claim is made here, so no answer is lost; a duplicate then needs
/// a second fault.
/// </summary>
internal sealed class OwnerEventDeduplicator(
    ClaimOwners owners,
    PeerClaimClient peers,
    [FromKeyedServices(ScaleOutKeys.Local)] IEventDeduplicator local) : IEventDeduplicator
{
    public async ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var owner = owners.OwnerOf(eventId);
        if (owner == owners.Self)
        {
            return await local.TryClaimAsync(eventId, cancellationToken);
        }

        return await peers.SendAsync(owner, new PeerClaim(eventId, PeerClaim.Claim), cancellationToken)
            ?? await local.TryClaimAsync(eventId, cancellationToken);
    }

    public async ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default)
    {
        // The claim may have been made here because the owner did not answer; forgetting it here too is harmless.
        await local.ReleaseAsync(eventId, cancellationToken);
        var owner = owners.OwnerOf(eventId);
        if (owner != owners.Self)
        {
            await peers.SendAsync(owner, new PeerClaim(eventId, PeerClaim.Release), cancellationToken);
        }
    }
}
