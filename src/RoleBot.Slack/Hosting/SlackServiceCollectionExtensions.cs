using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using RoleBot.Core.Background;
using RoleBot.Slack;
using RoleBot.Slack.BlockKit;
using RoleBot.Slack.Commands;
using RoleBot.Slack.Dedup;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Events;
using RoleBot.Slack.Interactions;
using RoleBot.Slack.Queue;
using RoleBot.Slack.Security;
using RoleBot.Slack.SocketMode;
using RoleBot.Slack.WebApi;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the Slack adapter: the HTTP endpoints and Socket Mode in front of one intake, queue and set of workers.
/// Harmless without credentials: the endpoints are only mapped with a signing secret, and sockets only opened with an app token.
/// </summary>
public static class SlackServiceCollectionExtensions
{
    public static IServiceCollection AddRoleBotSlack(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<SlackOptions>().Bind(configuration.GetSection(SlackOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        services.TryAddSingleton(sp => new SlackSignatureVerifier(sp.GetRequiredService<IOptions<SlackOptions>>().Value.SigningSecret!, sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<SlackRequestGate>();
        services.TryAddSingleton<SlackMetrics>();
        services.TryAddSingleton(sp => new SlackTransportStatus(sp.GetRequiredService<IOptions<SlackOptions>>().Value));
        services.TryAddKeyedSingleton<IMemoryCache>(nameof(MemoryEventDeduplicator), (_, _) =>
            new MemoryCache(new MemoryCacheOptions { SizeLimit = MemoryEventDeduplicator.MaxRemembered }));
        services.TryAddSingleton<IEventDeduplicator>(sp =>
            new MemoryEventDeduplicator(sp.GetRequiredKeyedService<IMemoryCache>(nameof(MemoryEventDeduplicator)), sp.GetRequiredService<IOptions<SlackOptions>>()));

        services.TryAddSingleton<PersonMentions>();
        services.TryAddSingleton<AnswerBlockRenderer>();
        services.TryAddSingleton<SlackApiClient>();
        services.TryAddSingleton(sp => new BoundedWorkQueue<SlackWork>(sp.GetRequiredService<IOptions<SlackOptions>>().Value.QueueCapacity));
        services.TryAddSingleton<SlackWorkHandler>();
        services.AddHostedService<SlackWorker>();

        services.TryAddSingleton<EventIntake>();
        services.TryAddSingleton<CommandIntake>();
        services.TryAddSingleton<InteractionIntake>();
        services.TryAddSingleton<SlackEventsEndpoint>();
        services.TryAddSingleton<SlackCommandsEndpoint>();
        services.TryAddSingleton<SlackInteractionsEndpoint>();

        AddSocketMode(services);
        AddSlackHttpClient(services);
        return services;
    }

    private static void AddSocketMode(IServiceCollection services)
    {
        services.TryAddSingleton<SocketModeMetrics>();
        services.TryAddSingleton<AppsConnectionsClient>();
        services.TryAddSingleton<ReconnectBackoff>();
        services.TryAddSingleton<SocketEnvelopeHandler>();
        services.TryAddSingleton<SocketModeConnector>();
        services.AddHostedService<SocketModeService>();

        // The request carries the app token and the answer a connection ticket: neither may reach a log.
        services.AddHttpClient(AppsConnectionsClient.HttpClientName).RemoveAllLoggers();
    }

    /// <summary>
    /// One client for the Web API and response URLs: retries 429 after Retry-After, 5xx / 408 / network errors with
    /// jittered exponential backoff, each attempt time-limited. Its default request logging is removed because
    /// response URLs are bearer capabilities and must not reach the logs.
    /// </summary>
    private static void AddSlackHttpClient(IServiceCollection services)
    {
        services.AddHttpClient(SlackOptions.HttpClientName)
            .RemoveAllLoggers()
            .AddResilienceHandler("slack", (pipeline, context) =>
            {
                var settings = context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = settings.MaxRetries,
                    Delay = settings.RetryBaseDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(settings.AttemptTimeout);
            });
    }
}
