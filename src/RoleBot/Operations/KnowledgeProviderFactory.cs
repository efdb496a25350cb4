using Microsoft.Extensions.Options;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Knowledge;

namespace RoleBot.Operations;

/// <summary>The web host watches <c>Knowledge:Path</c> when one is set; the embedded copy never changes, so it loads once.</summary>
internal static class KnowledgeProviderFactory
{
    public static IKnowledgeProvider Create(IServiceProvider services)
    {
        var path = services.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path;
        var reload = services.GetRequiredService<IOptions<KnowledgeReloadOptions>>().Value;
        var limits = services.GetRequiredService<IOptions<KnowledgeLimits>>().Value;
        if (string.IsNullOrWhiteSpace(path) || !reload.Watch)
        {
            return new StaticKnowledgeProvider(new KnowledgeSnapshot(KnowledgeLoader.Load(path, limits)));
        }

        return new ReloadingKnowledgeProvider(path, reload, services.GetRequiredService<RoleBotMetrics>(),
            services.GetRequiredService<ILogger<ReloadingKnowledgeProvider>>(), services.GetRequiredService<TimeProvider>(), limits);
    }
}
