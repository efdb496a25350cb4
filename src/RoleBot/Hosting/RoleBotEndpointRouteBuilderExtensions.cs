namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps RoleBot's endpoints.</summary>
public static class RoleBotEndpointRouteBuilderExtensions
{
    public static WebApplication MapRoleBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapRoleBotOperations();
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapSlack();
        app.MapTeams();
        app.MapRoleBotScaleOut();
        app.MapWebChat();
        return app;
    }
}
