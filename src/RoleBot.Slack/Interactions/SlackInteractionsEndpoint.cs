using System.Text.Json;
using Microsoft.AspNetCore.Http;
using RoleBot.Slack.Intake;
using RoleBot.Slack.Security;

namespace RoleBot.Slack.Interactions;

/// <summary><c>POST /slack/interactions</c>: verify, read the JSON in the form field <c>payload</c>, and hand it to <see cref="InteractionIntake"/>.</summary>
internal sealed class SlackInteractionsEndpoint(SlackRequestGate gate, InteractionIntake intake)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var opened = await gate.OpenAsync(context, answersSslCheck: false);
        if (opened.Response is { } stop)
        {
            return stop;
        }

        if (SlackForm.Parse(opened.Body)?.Field("payload") is not { } json)
        {
            return gate.Malformed(context, "missing_payload");
        }

        BlockActionsPayload? payload;
        try
        {
            payload = JsonSerializer.Deserialize<BlockActionsPayload>(json, SlackJson.Options);
        }
        catch (JsonException)
        {
            return gate.Malformed(context, "invalid_payload");
        }

        var result = intake.Accept(payload);
        return result.Status switch
        {
            IntakeStatus.Malformed => gate.Malformed(context, result.Reason!),
            IntakeStatus.Busy => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
            _ => Results.Ok(),
        };
    }
}
