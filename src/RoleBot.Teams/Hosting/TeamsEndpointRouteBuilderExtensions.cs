using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using RoleBot.Teams.Endpoint;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the Bot Framework messaging endpoint, <c>POST /api/messages</c>.</summary>
public static class TeamsEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapPost(MessagesEndpoint.Path, (HttpContext context, MessagesEndpoint handler) => handler.HandleAsync(context))
            .ExcludeFromDescription();
        return endpoints;
    }
}
