using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Console;
using OpenTelemetry.Metrics;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Knowledge;
using RoleBot.Operations;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>What an operator needs: Prometheus metrics, correlated logs, and a knowledge base that reloads when edited.</summary>
public static class OperationsServiceCollectionExtensions
{
    private static readonly TimeSpan LongestReloadDelay = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddRoleBotOperations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(RoleBotMetrics.MeterName, RoleBotMetrics.MeterName + ".*")
            .AddPrometheusExporter());

        // Scopes carry the correlation id into every log line, whichever console format is configured.
        services.Configure<SimpleConsoleFormatterOptions>(o => o.IncludeScopes = true);
        services.Configure<JsonConsoleFormatterOptions>(o => o.IncludeScopes = true);

        services.AddOptions<KnowledgeReloadOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName))
            .Validate(o => o.ReloadDelay >= TimeSpan.Zero && o.ReloadDelay <= LongestReloadDelay, "Knowledge:ReloadDelay must be between 00:00:00 and 00:01:00.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.RemoveAll<IKnowledgeProvider>();
        services.AddSingleton(KnowledgeProviderFactory.Create);
        return services;
    }
}
