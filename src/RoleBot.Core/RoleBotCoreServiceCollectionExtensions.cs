using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Core.Conversations;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Dialog;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Learning;
using RoleBot.Core.Organization;
using RoleBot.Core.RateLimiting;
using RoleBot.Core.Semantic;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the channel-neutral core: knowledge base, dialog, conversation state, learning log, limits and metrics.</summary>
public static class RoleBotCoreServiceCollectionExtensions
{
    /// <summary>At most this many conversations are remembered at once; the oldest idle ones go first.</summary>
    private const long MaxConversations = 100_000;

    /// <summary>
    /// The key of the dialog the rate limit, metering and decline recording wrap: <see cref="RoleBotDialog"/> unless a
    /// host registered another under it first (the web benchmark does, to measure everything around the dialog).
    /// </summary>
    public const string UndecoratedDialogKey = "undecorated";

    public static IServiceCollection AddRoleBotCore(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<DialogOptions>().Bind(configuration.GetSection(DialogOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<OrganizationOptions>().Bind(configuration.GetSection(OrganizationOptions.SectionName)).ValidateOnStart();
        services.AddOptions<SemanticOptions>().Bind(configuration.GetSection(SemanticOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(sp => new SemanticModel(
            sp.GetRequiredService<IOptions<SemanticOptions>>(), sp.GetService<ILogger<SemanticModel>>() ?? NullLogger<SemanticModel>.Instance));
        services.AddOptions<KnowledgeOptions>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateOnStart();
        services.AddOptions<KnowledgeLimits>().Bind(configuration.GetSection(KnowledgeOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton<IKnowledgeProvider>(sp => new StaticKnowledgeProvider(new KnowledgeSnapshot(KnowledgeLoader.Load(
            sp.GetRequiredService<IOptions<KnowledgeOptions>>().Value.Path, sp.GetRequiredService<IOptions<KnowledgeLimits>>().Value))));
        services.TryAddKeyedSingleton<IMemoryCache>(nameof(MemoryConversationStore), (_, _) =>
            new MemoryCache(new MemoryCacheOptions { SizeLimit = MaxConversations }));
        services.TryAddSingleton<IConversationStore>(sp =>
            new MemoryConversationStore(sp.GetRequiredKeyedService<IMemoryCache>(nameof(MemoryConversationStore)), sp.GetRequiredService<IOptions<DialogOptions>>()));
        services.AddOptions<LearningOptions>().Bind(configuration.GetSection(LearningOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<RateLimitOptions>().Bind(configuration.GetSection(RateLimitOptions.SectionName)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RateLimitOptions>, RateLimitOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new SqliteLearningLog(
            sp.GetRequiredService<IOptions<LearningOptions>>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<RoleBotMetrics>(),
            sp.GetService<ILogger<SqliteLearningLog>>() ?? NullLogger<SqliteLearningLog>.Instance));
        services.TryAddSingleton(sp => new BackgroundLearningLog(sp.GetRequiredService<SqliteLearningLog>(), sp.GetRequiredService<RoleBotMetrics>(),
            sp.GetService<ILogger<BackgroundLearningLog>>() ?? NullLogger<BackgroundLearningLog>.Instance));
        services.TryAddSingleton<ILearningLog>(LimitedLearningLog);
        services.TryAddSingleton<RoleBotDialog>();
        services.TryAddKeyedSingleton<IRoleBotDialog>(UndecoratedDialogKey, (sp, _) => sp.GetRequiredService<RoleBotDialog>());
        services.TryAddSingleton<IRoleBotDialog>(DecoratedDialog);
        services.AddMetrics();
        services.TryAddSingleton<RoleBotMetrics>();
        return services;
    }

    /// <summary>Feedback clicks share the per-person limit, so one person cannot flood the learning log.</summary>
    private static ILearningLog LimitedLearningLog(IServiceProvider services)
    {
        var log = services.GetRequiredService<BackgroundLearningLog>();
        var limits = services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return limits.Enabled ? new RateLimitedLearningLog(log, services.GetRequiredService<RoleBotMetrics>(), limits) : log;
    }

    /// <summary>
    /// The dialog every channel calls, outermost first: the rate limit (a refused question costs nothing and
    /// is neither counted as answered nor recorded as a gap), metering, recording of declined questions, the dialog.
    /// </summary>
    private static IRoleBotDialog DecoratedDialog(IServiceProvider services)
    {
        var metrics = services.GetRequiredService<RoleBotMetrics>();
        var dialog = services.GetRequiredKeyedService<IRoleBotDialog>(UndecoratedDialogKey);
        dialog = new DeclineRecordingDialog(dialog, services.GetRequiredService<ILearningLog>(), services.GetRequiredService<IOptions<LearningOptions>>().Value.RecordCli);
        dialog = new MeteredDialog(dialog, metrics, services.GetRequiredService<TimeProvider>());
        var limits = services.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        return limits.Enabled ? new RateLimitedDialog(dialog, metrics, limits) : dialog;
    }
}
