using RoleBot.Operations;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Adds the security-header and correlation-id middleware and maps <c>/metrics</c> and <c>/readyz</c>; call it before the other endpoints and middleware.</summary>
public static class OperationsEndpointRouteBuilderExtensions
{
    public const string MetricsPath = "/metrics";

    public static WebApplication MapRoleBotOperations(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseMiddleware<CorrelationIdMiddleware>();
        // Routing after the correlation id, so endpoint matching logs carry it too.
        app.UseRouting();
        app.MapPrometheusScrapingEndpoint(MetricsPath);
        app.MapGet("/readyz", KnowledgeReadiness.Report);
        return app;
    }
}
