using RoleBot.Core.Knowledge;
using RoleBot.Slack.Diagnostics;

namespace RoleBot.Operations;

/// <summary>
/// <c>/readyz</c>: ready once a valid knowledge base is loaded, and which one, so an operator sees whether an edit took;
/// also how Slack reaches RoleBot (HTTP, Socket Mode and how many sockets are open).
/// </summary>
internal static class KnowledgeReadiness
{
    public static IResult Report(IKnowledgeProvider knowledge, SlackTransportStatus slack)
    {
        var k = knowledge.Current.Knowledge;
        var status = (knowledge as ReloadingKnowledgeProvider)?.Status;
        return Results.Json(new
        {
            status = "ready",
            origin = k.Origin,
            responsibilities = k.Responsibilities.Count,
            statistics = k.Statistics.Count,
            playbooks = k.Playbooks.Count,
            topics = k.Topics.Count,
            loadedAt = status?.LoadedAt,
            reloads = status?.Reloads,
            rejectedChange = status?.RejectedAt is { } at
                ? new { at, errors = status.Errors.Select(e => new { file = e.File, field = e.Field, message = e.Message }) }
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
