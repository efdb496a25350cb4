using Microsoft.AspNetCore.Http;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Learning;

namespace RoleBot.Web.Api;

/// <summary><c>POST /api/feedback</c>: the page's helpful / not-helpful buttons, recorded in the learning log.</summary>
internal static class FeedbackEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext context, ILearningLog log, WebVisitorId visitor, RoleBotMetrics metrics)
    {
        var parsed = await JsonBody.ReadAsync(context, FeedbackRequest.From);
        if (parsed.Refusal is { } refusal)
        {
            metrics.RequestRefused(AskEndpoint.Channel, refusal.Reason);
            return refusal.ToResult();
        }

        var feedback = parsed.Value!;
        await log.RecordFeedbackAsync(new FeedbackEntry(AskEndpoint.Channel, feedback.Question, feedback.Answer, feedback.Helpful, visitor.For(context)), context.RequestAborted);
        return Results.NoContent();
    }
}
