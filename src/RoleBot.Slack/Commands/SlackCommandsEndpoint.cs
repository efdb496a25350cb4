using Microsoft.AspNetCore.Http;
using RoleBot.Slack.BlockKit;
using RoleBot.Slack.Security;
using RoleBot.Slack.WebApi;

namespace RoleBot.Slack.Commands;

/// <summary><c>POST /slack/commands</c>: verify, read the form, and answer in the ack body what <see cref="CommandIntake"/> gives.</summary>
internal sealed class SlackCommandsEndpoint(SlackRequestGate gate, CommandIntake intake)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var opened = await gate.OpenAsync(context, answersSslCheck: true);
        if (opened.Response is { } stop)
        {
            return stop;
        }

        if (SlackForm.Parse(opened.Body) is not { } form || CommandIntake.Read(form.Field) is not { } command)
        {
            return gate.Malformed(context, "invalid_command");
        }

        var result = await intake.AnswerAsync(command);
        return result.Reply is { } reply ? Reply(reply) : Results.Ok();
    }

    private static IResult Reply(SlackMessage message) =>
        Results.Json(ResponseUrlMessage.From(message, ResponseUrlMessage.Ephemeral), SlackJson.Options);
}
