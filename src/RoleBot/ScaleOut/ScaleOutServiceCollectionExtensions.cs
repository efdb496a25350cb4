using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using RoleBot.Core.Conversations;
using RoleBot.Operations;
using RoleBot.ScaleOut;
using RoleBot.Slack.Dedup;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Moves shared state to Redis when <c>Redis:Configuration</c> is set; otherwise leaves the in-memory defaults.</summary>
public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>Call after the channels are registered: their single-instance stores become the fallbacks of the Redis ones.</summary>
    public static IServiceCollection AddRoleBotScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        if (!redis.IsConfigured)
        {
            return services;
        }

        services.AddSingleton<IConnectionMultiplexer>(sp => ConnectionMultiplexer.Connect(Connection(sp.GetRequiredService<IOptions<RedisOptions>>().Value)));
        services.AddStackExchangeRedisCache(cache => cache.InstanceName = redis.InstanceName);
        services.AddOptions<RedisCacheOptions>().Configure<IConnectionMultiplexer>((cache, connection) =>
            cache.ConnectionMultiplexerFactory = () => Task.FromResult(connection));
        services.AddSingleton<RedisCircuit>();
        services.AddSingleton<IDependencyStatus>(sp => sp.GetRequiredService<RedisCircuit>());
        services.AddHostedService<RedisProbe>();

        services.AddSingleton<DistributedConversationStore>();
        KeepAsLocal<IConversationStore>(services);
        services.AddSingleton<IConversationStore, FallbackConversationStore>();
        services.AddSingleton<RedisEventDeduplicator>();
        if (KeepAsLocal<IEventDeduplicator>(services))
        {
            services.AddSingleton<IEventDeduplicator, FallbackEventDeduplicator>();
        }

        return services;
    }

    /// <summary>
    /// Fail fast instead of queueing commands while disconnected (the cause of 12-second answers), short timeouts, and
    /// start even while Redis is down; StackExchange.Redis reconnects in the background.
    /// </summary>
    private static ConfigurationOptions Connection(RedisOptions redis)
    {
        var options = ConfigurationOptions.Parse(redis.Configuration!);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectTimeout = (int)redis.ConnectTimeout.TotalMilliseconds;
        options.AsyncTimeout = (int)redis.OperationTimeout.TotalMilliseconds;
        options.SyncTimeout = (int)redis.OperationTimeout.TotalMilliseconds;
        // Timeouts are only noticed on a heartbeat (1 s by default), which would make a frozen Redis cost a second, not 250 ms.
        options.HeartbeatInterval = redis.OperationTimeout;
        options.ReconnectRetryPolicy = new LinearRetry((int)redis.ProbeInterval.TotalMilliseconds);
        return options;
    }

    /// <summary>Re-registers the current <typeparamref name="T"/> under <see cref="ScaleOutKeys.Local"/>; false when there is none.</summary>
    private static bool KeepAsLocal<T>(IServiceCollection services)
        where T : class
    {
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService);
        if (existing is null)
        {
            return false;
        }

        services.RemoveAll<T>();
        services.Add(existing switch
        {
            { ImplementationInstance: { } instance } => ServiceDescriptor.KeyedSingleton(typeof(T), ScaleOutKeys.Local, instance),
            { ImplementationFactory: { } factory } => ServiceDescriptor.KeyedSingleton(typeof(T), ScaleOutKeys.Local, (sp, _) => factory(sp)),
            _ => ServiceDescriptor.KeyedSingleton(typeof(T), ScaleOutKeys.Local, existing.ImplementationType!),
        });
        return true;
    }
}
