using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using RoleBot.Core.Conversations;
using RoleBot.ScaleOut;
using RoleBot.Slack.Dedup;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Moves shared state to Redis when <c>Redis:Configuration</c> is set; otherwise leaves the in-memory defaults.</summary>
public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>Call after the channels are registered: it replaces their single-instance stores.</summary>
    public static IServiceCollection AddRoleBotScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName)).ValidateOnStart();
        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        if (!redis.IsConfigured)
        {
            return services;
        }

        // AbortOnConnectFail=false: start even while Redis is down and reconnect in the background.
        var options = ConfigurationOptions.Parse(redis.Configuration!);
        options.AbortOnConnectFail = false;
        services.TryAddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        services.AddStackExchangeRedisCache(cache => cache.InstanceName = redis.InstanceName);
        services.AddOptions<RedisCacheOptions>().Configure<IConnectionMultiplexer>((cache, connection) =>
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(connection));
        services.RemoveAll<IConversationStore>();
        services.AddSingleton<IConversationStore, DistributedConversationStore>();
        services.RemoveAll<IEventDeduplicator>();
        services.AddSingleton<IEventDeduplicator, RedisEventDeduplicator>();
        return services;
    }
}
