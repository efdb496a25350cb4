using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using RoleBot.Slack.Dedup;

namespace RoleBot.Slack.Tests.Dedup;

public sealed class MemoryEventDeduplicatorTests
{
    [Fact]
    public async Task Of_many_concurrent_claims_of_one_event_exactly_one_wins()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = 1000 });
        var dedup = new MemoryEventDeduplicator(cache, Options.Create(new SlackOptions()));

        var claims = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(async () => await dedup.TryClaimAsync("Ev0RACE"))));

        Assert.Equal(1, claims.Count(c => c));
    }

    [Fact]
    public async Task A_released_claim_can_be_claimed_again()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions { SizeLimit = 1000 });
        var dedup = new MemoryEventDeduplicator(cache, Options.Create(new SlackOptions()));

        Assert.True(await dedup.TryClaimAsync("Ev1"));
        await dedup.ReleaseAsync("Ev1");

        Assert.True(await dedup.TryClaimAsync("Ev1"));
        Assert.False(await dedup.TryClaimAsync("Ev1"));
    }
}
