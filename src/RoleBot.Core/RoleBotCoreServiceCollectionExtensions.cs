using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using RoleBot.Core.Conversations;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Dialog;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Organization;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the channel-neutral core: knowledge base, dialog and conversation state.</summary>
public static class RoleBotCoreServiceCollectionExtensions
{
    /// <summary>At most this many conversations are remembered at once; the oldest idle ones go first.</summary>
    private const long MaxConversations = 100_000;

    public static IServiceCollection AddRoleBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DialogOptions>().Bind(configuration.GetSection(DialogOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OrganizationOptions>().Bind(configuration.GetSection(OrganizationOptions.SectionName)).ValidateOnStart();
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateOnStart();

        services.TryAddSingleton<IKnowledgeProvider>(sp =>
            new StaticKnowledgeProvider(new KnowledgeSnapshot(KnowledgeLoader.Load(sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path))));
        services.TryAddKeyedSingleton<IMemoryCache>(nameof(MemoryConversationStore), (_, _) =>
            new MemoryCache(new MemoryCacheOptions { SizeLimit = MaxConversations }));
        services.TryAddSingleton<IConversationStore>(sp =>
            new MemoryConversationStore(sp.GetRequiredKeyedService<IMemoryCache>(nameof(MemoryConversationStore)), sp.GetRequiredService<IOptions<DialogOptions>>()));
        services.TryAddSingleton<IRoleBotDialog, RoleBotDialog>();
        services.AddMetrics();
        services.TryAddSingleton<RoleBotMetrics>();
        return services;
    }
}
