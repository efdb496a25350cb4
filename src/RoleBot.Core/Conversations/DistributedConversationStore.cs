using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Conversations;

/// <summary>
/// Conversation state in a distributed cache (Redis when RoleBot runs on several instances), with the same sliding
/// expiry as the memory store. If the cache cannot be reached, the question is answered without its context rather
/// than failing: a lost follow-up is better than no answer.
/// </summary>
public sealed partial class DistributedConversationStore(
    IDistributedCache cache,
    IOptions<DialogOptions> options,
    ILogger<DistributedConversationStore> logger) : IConversationStore
{
    private const string Prefix = "conversation:";

    public async ValueTask<ConversationState?> GetAsync(string conversationId, CancellationToken cancellationToken = default)
    {
        try
        {
            var bytes = await cache.GetAsync(Prefix + conversationId, cancellationToken);
            return bytes is null ? null : JsonSerializer.Deserialize<ConversationState>(bytes);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnavailable(logger, "read", e.GetType().Name);
            return null;
        }
    }

    public async ValueTask SetAsync(string conversationId, ConversationState state, CancellationToken cancellationToken = default)
    {
        try
        {
            var entry = new DistributedCacheEntryOptions { SlidingExpiration = options.Value.ConversationIdleTimeout };
            await cache.SetAsync(Prefix + conversationId, JsonSerializer.SerializeToUtf8Bytes(state), entry, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogUnavailable(logger, "written", e.GetType().Name);
        }
    }

    [LoggerMessage(EventId = 20, Level = LogLevel.Warning, Message = "Conversation state could not be {Operation} ({Error}); answering without the previous turn")]
    private static partial void LogUnavailable(ILogger logger, string operation, string error);
}
