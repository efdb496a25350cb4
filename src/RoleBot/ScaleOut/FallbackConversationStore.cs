using RoleBot.Core.Conversations;

namespace RoleBot.ScaleOut;

/// <summary>
/// Conversation state in Redis, and in this instance's memory while Redis is down. A conversation begun during an
/// outage is still found in memory afterwards, so its follow-ups keep working on the instance that held it.
/// </summary>
internal sealed class FallbackConversationStore(
    DistributedConversationStore shared,
    [FromKeyedServices(ScaleOutKeys.Local)] IConversationStore local,
    RedisCircuit circuit) : IConversationStore
{
    public ValueTask<ConversationState?> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        circuit.RunAsync(
            "conversation.read",
            async () => await shared.GetAsync(conversationId, cancellationToken) ?? await local.GetAsync(conversationId, cancellationToken),
            () => local.GetAsync(conversationId, cancellationToken),
            cancellationToken);

    public async ValueTask SetAsync(string conversationId, ConversationState state, CancellationToken cancellationToken = default) =>
        await circuit.RunAsync(
            "conversation.write",
            () => shared.SetAsync(conversationId, state, cancellationToken).AsTask(),
            () => local.SetAsync(conversationId, state, cancellationToken),
            cancellationToken);
}
