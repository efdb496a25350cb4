using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Options;
using RoleBot.Core.Conversations;
using RoleBot.Operations;
using RoleBot.ScaleOut;
using RoleBot.ScaleOut.Peers;
using RoleBot.Slack.Dedup;
using StackExchange.Redis;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Moves shared state to Redis when <c>Redis:Configuration</c> is set, and lets the instances of <c>ScaleOut:PeerUrls</c>
/// decide Slack claims by owner; with neither, leaves the in-memory defaults.
/// </summary>
public static class ScaleOutServiceCollectionExtensions
{
    /// <summary>Call after the channels are registered: their single-instance stores become the fallbacks of the shared ones.</summary>
    public static IServiceCollection AddRoleBotScaleOut(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<RedisOptions>().Bind(configuration.GetSection(RedisOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ScaleOutOptions>().Bind(configuration.GetSection(ScaleOutOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ScaleOutOptions>, ScaleOutOptionsValidator>();
        var redis = configuration.GetSection(RedisOptions.SectionName).Get<RedisOptions>() ?? new RedisOptions();
        var peers = (configuration.GetSection(ScaleOutOptions.SectionName).Get<ScaleOutOptions>() ?? new ScaleOutOptions()).HasPeers;
        if (redis.IsConfigured)
        {
            AddRedis(services, redis);
        }

        if (peers)
        {
            AddPeers(services);
        }

        if ((redis.IsConfigured || peers) && KeepAsLocal<IEventDeduplicator>(services))
        {
            if (!peers)
            {
                services.AddSingleton<IEventDeduplicator, FallbackEventDeduplicator>();
            }
            else if (redis.IsConfigured)
            {
                services.AddSingleton<IEventDeduplicator, PartitionedEventDeduplicator>();
            }
            else
            {
                services.AddSingleton<IEventDeduplicator>(sp => sp.GetRequiredService<OwnerEventDeduplicator>());
            }
        }

        return services;
    }

    private static void AddRedis(IServiceCollection services, RedisOptions redis)
    {
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
    }

    /// <summary>
    /// No retries on the peer client: one attempt within <c>ScaleOut:PeerTimeout</c>, then the claim is made here. Its request
    /// logging is removed: it would add lines per Slack event, and the signature header must never reach a log.
    /// </summary>
    private static void AddPeers(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<ScaleOutOptions>>().Value;
            return new ClaimOwners(options.SelfUrl!, options.PeerUrls);
        });
        services.AddSingleton<PeerSigner>();
        services.AddSingleton<PeerClaimMetrics>();
        services.AddSingleton<PeerClaimClient>();
        services.AddSingleton<OwnerEventDeduplicator>();
        services.AddSingleton<PeerClaimsEndpoint>();
        services.AddHttpClient(PeerClaimClient.HttpClientName).RemoveAllLoggers();
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
