namespace RoleBot.Core.Conversations;

/// <summary>Keeps the last turn of each conversation; in memory by default, a distributed cache for scale-out.</summary>
public interface IConversationStore
{
    ValueTask<ConversationState?> GetAsync(string conversationId, CancellationToken cancellationToken = default);

    ValueTask SetAsync(string conversationId, ConversationState state, CancellationToken cancellationToken = default);
}
