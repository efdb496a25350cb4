using Microsoft.AspNetCore.Routing;
using RoleBot.Web.Api;
using RoleBot.Web.Page;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the chat page (<c>GET /</c>, <c>/?q=…</c>), its files under <c>/web/</c>, and <c>POST /api/ask</c> and <c>/api/feedback</c>.</summary>
public static class WebChatEndpointRouteBuilderExtensions
{
    /// <returns>The API group, so the host can put rate limiting or other policies on the chat entry points alone.</returns>
    public static RouteGroupBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/", PageEndpoints.Index);
        endpoints.MapGet(PageEndpoints.AssetPath + "{name}", PageEndpoints.Asset);
        var api = endpoints.MapGroup("/api");
        api.MapPost("/ask", AskEndpoint.HandleAsync);
        api.MapPost("/feedback", FeedbackEndpoint.HandleAsync);
        return api;
    }
}
