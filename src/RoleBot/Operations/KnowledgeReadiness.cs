using Microsoft.AspNetCore.Mvc;
using RoleBot.Core.Knowledge;
using RoleBot.Slack.Diagnostics;

namespace RoleBot.Operations;

/// <summary>
/// <c>/readyz</c>: ready once a valid knowledge base is loaded, and which one, so an operator sees whether an edit took;
/// also how Slack reaches RoleBot (HTTP, Socket Mode and how many sockets are open). A dependency RoleBot can answer
/// without (Redis) makes it "degraded: redis", still 200: the instance keeps serving.
/// </summary>
internal static class KnowledgeReadiness
{
    public static IResult Report(IKnowledgeProvider knowledge, SlackTransportStatus slack, [FromServices] IEnumerable<IDependencyStatus> dependencies)
    {
        var k = knowledge.Current.Knowledge;
        var status = (knowledge as ReloadingKnowledgeProvider)?.Status;
        var degraded = string.Join(", ", dependencies.Where(d => d.IsDegraded).Select(d => d.Name));
        return Results.Json(new
        {
            status = degraded.Length == 0 ? "ready" : "degraded: " + degraded,
            origin = k.Origin,
            responsibilities = k.Responsibilities.Count,
            statistics = k.Statistics.Count,
            playbooks = k.Playbooks.Count,
            topics = k.Topics.Count,
            loadedAt = status?.LoadedAt,
            reloads = status?.Reloads,
            rejectedChange = status?.RejectedAt is { } at
                ? new { at, errors = status.Errors.Select(e => new { file = e.File, field = e.Field, message = e.Message }), moreErrors = status.MoreErrors }
                : null,
            slack = new
            {
                mode = slack.Mode,
                socketConnections = slack.SocketConnectionsWanted > 0
                    ? new { wanted = slack.SocketConnectionsWanted, open = slack.SocketConnectionsOpen, linkDisabled = slack.SocketLinkDisabled }
                    : null,
            },
        });
    }
}
