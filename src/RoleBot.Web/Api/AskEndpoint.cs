using System.Globalization;
using Microsoft.AspNetCore.Http;
using RoleBot.Core.Answers;
using RoleBot.Core.Diagnostics;
using RoleBot.Core.Dialog;

namespace RoleBot.Web.Api;

/// <summary><c>POST /api/ask</c>: one question in, the answer out as the same JSON object the CLI prints.</summary>
internal static class AskEndpoint
{
    public const string Channel = "web";

    /// <summary>Keeps web conversations apart from other channels' ids in the shared conversation store.</summary>
    private const string ConversationPrefix = "web:";

    public static async Task<IResult> HandleAsync(HttpContext context, IRoleBotDialog dialog, WebVisitorId visitor, RoleBotMetrics metrics)
    {
        var parsed = await JsonBody.ReadAsync(context, AskRequest.From);
        if (parsed.Refusal is { } refusal)
        {
            metrics.RequestRefused(Channel, refusal.Reason);
            return refusal.ToResult();
        }

        var request = parsed.Value!;
        var conversation = request.ConversationId is { } id ? ConversationPrefix + id : "";
        var answer = await dialog.AskAsync(new Question(request.Text, conversation, Channel, visitor.For(context)), context.RequestAborted);
        if (answer.RetryAfter is { } retryAfter)
        {
            // HTTP clients back off on 429 and Retry-After; the body still carries the polite sentence for the page to show.
            context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
            return Results.Json(AnswerJson.From(answer, request.Id), AnswerJson.TypeInfo, statusCode: StatusCodes.Status429TooManyRequests);
        }

        return Results.Json(AnswerJson.From(answer, request.Id), AnswerJson.TypeInfo);
    }
}
