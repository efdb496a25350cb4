using Microsoft.Extensions.Options;
using RoleBot.Slack;
using RoleBot.Slack.Dedup;
using StackExchange.Redis;

namespace RoleBot.ScaleOut;

/// <summary>
/// Slack event de-duplication shared by every instance: a claim is Redis <c>SET key 1 NX EX window</c>, which is
/// atomic, so of several copies of one event arriving at different instances exactly one wins.
/// </summary>
internal sealed class RedisEventDeduplicator(
    IConnectionMultiplexer redis,
    IOptions<RedisOptions> redisOptions,
    IOptions<SlackOptions> slackOptions) : IEventDeduplicator
{
    public async ValueTask<bool> TryClaimAsync(string eventId, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().StringSetAsync(Key(eventId), 1, slackOptions.Value.DedupeWindow, When.NotExists);

    public async ValueTask ReleaseAsync(string eventId, CancellationToken cancellationToken = default) =>
        await redis.GetDatabase().KeyDeleteAsync(Key(eventId));

    private RedisKey Key(string eventId) => redisOptions.Value.InstanceName + "slack-event:" + eventId;
}
