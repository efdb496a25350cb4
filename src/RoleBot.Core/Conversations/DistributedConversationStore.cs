using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Options;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Conversations;

/// <summary>
/// Conversation state in a distributed cache (Redis when RoleBot runs on several instances), with the same sliding
/// expiry as the memory store. Failures reach the caller, so whoever composes it decides what an outage falls back to.
/// </summary>
public sealed class DistributedConversationStore(IDistributedCache cache, IOptions<DialogOptions> options) : IConversationStore
{
    private const string Prefix = "conversation:";

    public async ValueTask<ConversationState?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        var bytes = await cache.GetAsync(Prefix + conversationId, cancellationToken);
        return bytes is null ? null : JsonSerializer.Deserialize<ConversationState>(bytes);
    }

    public async ValueTask SetAsync(string conversationId, ConversationState state, CancellationToken cancellationToken = default)
    {
        var entry = new DistributedCacheEntryOptions { SlidingExpiration = options.Value.ConversationIdleTimeout };
        await cache.SetAsync(Prefix + conversationId, JsonSerializer.SerializeToUtf8Bytes(state), entry, cancellationToken);
    }
}
