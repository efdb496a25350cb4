using RoleBot.Slack.Dedup;

namespace RoleBot.ScaleOut;

/// <summary>
/// Slack event claims in Redis, and in this instance's memory while Redis is down: copies reaching one instance are
/// still answered once, and Slack's retries go on being acknowledged promptly.
/// </summary>
internal sealed class FallbackEventDeduplicator(
    RedisEventDeduplicator shared,
    [FromKeyedServices(ScaleOutKeys.Local)] IEventDeduplicator local,
    RedisCircuit circuit) : IEventDeduplicator
{
    public ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default) =>
        circuit.RunAsync(
            "slack.claim",
            () => shared.TryClaimAsync(eventId, cancellationToken).AsTask(),
            () => local.TryClaimAsync(eventId, cancellationToken),
            cancellationToken);

    public async ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default)
    {
        // The claim may have been made on either side; forgetting it on both is harmless.
        await local.ReleaseAsync(eventId, cancellationToken);
        await circuit.RunAsync("slack.release", () => shared.ReleaseAsync(eventId, cancellationToken).AsTask(), () => ValueTask.CompletedTask, cancellationToken);
    }
}
