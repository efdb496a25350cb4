using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Conversations;

/// <summary>Conversation state in <see cref="IMemoryCache"/>, forgotten after a quiet spell (sliding expiry).</summary>
public sealed class MemoryConversationStore(IMemoryCache cache, IOptions<DialogOptions> options) : IConversationStore
{
    private const string Prefix = "rolebot:conversation:";

    public ValueTask<ConversationState?> GetAsync(string conversationId, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(cache.TryGetValue(Prefix + conversationId, out ConversationState? state) ? state : null);

    public ValueTask SetAsync(string conversationId, ConversationState state, CancellationToken cancellationToken = default)
    {
        using var entry = cache.CreateEntry(Prefix + conversationId);
        entry.Value = state;
        entry.SlidingExpiration = options.Value.ConversationIdleTimeout;
        entry.Size = 1;
        return ValueTask.CompletedTask;
    }
}
