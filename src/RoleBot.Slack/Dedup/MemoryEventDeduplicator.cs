using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace RoleBot.Slack.Dedup;

/// <summary>The single-instance deduplicator: event ids in a size-limited memory cache for the dedupe window.</summary>
internal sealed class MemoryEventDeduplicator(IMemoryCache cache, IOptions<SlackOptions> options) : IEventDeduplicator
{
    /// <summary>Far above 30,000 events an hour (Slack's per-workspace limit) times the window; keeps memory bounded under a flood.</summary>
    public const long MaxRemembered = 200_000;

    private static readonly object Claimed = new();

    // IMemoryCache has no atomic add-if-absent; a lock makes check-and-set one step so concurrent copies cannot both win.
    private readonly Lock gate = new();

    public ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default)
    {
        var key = Key(eventId);
        lock (gate)
        {
            if (cache.TryGetValue(key, out _))
            {
                return ValueTask.FromResult(false);
            }

            cache.Set(key, Claimed, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = options.Value.DedupeWindow, Size = 1 });
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default)
    {
        cache.Remove(Key(eventId));
        return ValueTask.CompletedTask;
    }

    private static string Key(string eventId) => "slack-event:" + eventId;
}
