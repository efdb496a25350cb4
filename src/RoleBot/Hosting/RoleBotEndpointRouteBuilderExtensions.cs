using RoleBot.Core.Knowledge;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps RoleBot's endpoints.</summary>
public static class RoleBotEndpointRouteBuilderExtensions
{
    public static WebApplication MapRoleBot(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/readyz", (IKnowledgeProvider knowledge) =>
            Results.Json(new { status = "ready", responsibilities = knowledge.Current.Knowledge.Responsibilities.Count }));
        return app;
    }
}
