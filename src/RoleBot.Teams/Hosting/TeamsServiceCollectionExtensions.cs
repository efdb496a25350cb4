using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;
using RoleBot.Core.Background;
using RoleBot.Teams.Authentication;
using RoleBot.Teams.Configuration;
using RoleBot.Teams.Connector;
using RoleBot.Teams.Endpoint;
using RoleBot.Teams.Handling;
using RoleBot.Teams.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// Registers the Teams adapter. Runs with no credentials at all (anonymous mode for local tools, with a warning);
/// with <c>MicrosoftAppId</c> set, every request needs a Bot Connector token.
/// </summary>
public static class TeamsServiceCollectionExtensions
{
    private const int MaxDocumentBytes = 1024 * 1024;

    public static IServiceCollection AddRoleBotTeams(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddSingleton<IConfigureOptions<TeamsOptions>>(new TeamsOptionsSetup(configuration));
        services.AddSingleton<IValidateOptions<TeamsOptions>, TeamsOptionsValidator>();
        services.AddOptions<TeamsOptions>().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();

        services.TryAddSingleton<SigningKeyCache>();
        services.TryAddSingleton<ActivityAuthenticator>();
        services.TryAddSingleton<ConnectorTokenProvider>();
        services.TryAddSingleton<ConnectorClient>();
        services.TryAddSingleton<TeamsAsker>();
        services.TryAddSingleton<FeedbackRecorder>();
        services.TryAddSingleton<CardActionInvokeHandler>();
        services.TryAddSingleton(sp => new BoundedWorkQueue<TeamsWork>(sp.GetRequiredService<IOptions<TeamsOptions>>().Value.QueueCapacity));
        services.TryAddSingleton<TeamsWorkHandler>();
        services.TryAddSingleton<ActivityDispatcher>();
        services.TryAddSingleton<MessagesEndpoint>();
        services.AddHostedService<TeamsWorker>();
        services.AddHostedService<TeamsStartupReport>();

        services.AddHttpClient(SigningKeyCache.HttpClientName, client =>
            {
                client.Timeout = TimeSpan.FromSeconds(10);
                client.MaxResponseContentBufferSize = MaxDocumentBytes;
            })
            .RemoveAllLoggers();
        AddResilientClient(services, ConnectorTokenProvider.HttpClientName);
        AddResilientClient(services, ConnectorClient.HttpClientName);
        return services;
    }

    /// <summary>
    /// Retries 429 after Retry-After, and 5xx / 408 / network errors with jittered exponential backoff, each attempt
    /// time-limited. Default request logging is removed: URLs carry conversation ids and token requests a secret.
    /// Six retries from 500 ms span about 30 s, so a short Bot Connector outage delays replies instead of losing them
    /// (three from 200 ms gave up after about 1.5 s in the soak run).
    /// </summary>
    private static void AddResilientClient(IServiceCollection services, string name) =>
        services.AddHttpClient(name, client => client.MaxResponseContentBufferSize = MaxDocumentBytes)
            .RemoveAllLoggers()
            .AddResilienceHandler(name, pipeline =>
            {
                pipeline.AddRetry(new HttpRetryStrategyOptions
                {
                    MaxRetryAttempts = 6,
                    Delay = TimeSpan.FromMilliseconds(500),
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldRetryAfterHeader = true,
                });
                pipeline.AddTimeout(TimeSpan.FromSeconds(10));
            });
}
