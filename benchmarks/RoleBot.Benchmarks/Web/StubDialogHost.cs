using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Dialog;

namespace RoleBot.Benchmarks.Web;

/// <summary>
/// <c>-- web-host --urls http://127.0.0.1:PORT</c>: RoleBot's web host composed exactly as <c>Program</c> composes it,
/// except that the dialog the decorators wrap is <see cref="ReplayingDialog"/>. It lives here, not in src, so no
/// production setting can turn it on. Used by <c>DIALOG=stub scripts/bench-web.sh</c>.
/// </summary>
internal static class StubDialogHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        // Registered before AddRoleBot, whose TryAdd then leaves it in place under the decorators.
        builder.Services.AddKeyedSingleton<IRoleBotDialog>(RoleBotCoreServiceCollectionExtensions.UndecoratedDialogKey,
            (services, _) => new ReplayingDialog(services.GetRequiredService<RoleBotDialog>()));
        builder.Services.AddRoleBot(builder.Configuration);

        var app = builder.Build();
        app.MapRoleBot();
        await app.RunAsync();
        return 0;
    }
}
