using Microsoft.AspNetCore.Mvc;
using RoleBot.Core.Knowledge;

namespace RoleBot.Operations;

/// <summary>
/// <c>/readyz</c>: ready once a valid knowledge base is loaded, and which one, so an operator sees whether an edit took.
/// A dependency RoleBot can answer without (Redis) makes it "degraded: redis", still 200: the instance keeps serving.
/// </summary>
internal static class KnowledgeReadiness
{
    public static IResult Report(IKnowledgeProvider knowledge, [FromServices] IEnumerable<IDependencyStatus> dependencies)
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
        });
    }
}
