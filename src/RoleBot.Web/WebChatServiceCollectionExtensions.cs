using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Web.Api;
using RoleBot.Web.Page;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the web chat page and its JSON API; the core (<c>AddRoleBotCore</c>) supplies the dialog.</summary>
public static class WebChatServiceCollectionExtensions
{
    /// <param name="configuration">Taken like every channel's; the chat page has no settings of its own yet.</param>
    public static IServiceCollection AddRoleBotWeb(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton<PageAssets>();
        services.TryAddSingleton<WebVisitorId>();
        return services;
    }
}
