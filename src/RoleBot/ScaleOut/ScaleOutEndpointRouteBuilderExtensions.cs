using Microsoft.Extensions.Options;
using RoleBot.ScaleOut.Peers;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the endpoint where other instances ask this one for the claims it owns, only when peers are configured.</summary>
public static class ScaleOutEndpointRouteBuilderExtensions
{
    public static IEndpointRouteBuilder MapRoleBotScaleOut(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var services = endpoints.ServiceProvider;
        if (!services.GetRequiredService<IOptions<ScaleOutOptions>>().Value.HasPeers)
        {
            return endpoints;
        }

        var owners = services.GetRequiredService<ClaimOwners>();
        PeerLog.Enabled(services.GetRequiredService<ILogger<ClaimOwners>>(), owners.Members.Count, owners.Self);
        endpoints.MapPost(PeerClaimClient.ClaimsPath, (HttpContext context, PeerClaimsEndpoint handler) => handler.HandleAsync(context)).ExcludeFromDescription();
        return endpoints;
    }
}
