using RoleBot.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Composes RoleBot's web host: the core plus every channel.</summary>
public static class RoleBotServiceCollectionExtensions
{
    public static IServiceCollection AddRoleBot(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddRoleBotCore(configuration);
        services.AddRoleBotOperations(configuration);
        services.AddHostedService<KnowledgeStartupCheck>();
        services.AddHostedService<SemanticWarmup>();
        services.AddRoleBotSlack(configuration);
        services.AddRoleBotTeams(configuration);
        services.AddRoleBotWeb(configuration);
        services.AddRoleBotScaleOut(configuration);
        return services;
    }
}
