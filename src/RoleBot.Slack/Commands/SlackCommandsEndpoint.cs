using Microsoft.AspNetCore.Http;
using RoleBot.Slack.BlockKit;
using RoleBot.Slack.Dedup;
using RoleBot.Slack.Security;
using RoleBot.Slack.WebApi;

namespace RoleBot.Slack.Commands;

/// <summary>
/// <c>POST /slack/commands</c>: verify, read the form, and answer in the ack body what <see cref="CommandIntake"/> gives.
/// Slack signs commands without a nonce, so a copy replayed within the signing window would verify: each accepted
/// signature is claimed in the event de-duplication store (shared by every instance under Redis) and a second copy is refused.
/// </summary>
internal sealed class SlackCommandsEndpoint(SlackRequestGate gate, CommandIntake intake, IEventDeduplicator replays)
{
    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var opened = await gate.OpenAsync(context, answersSslCheck: true);
        if (opened.Response is { } stop)
        {
            return stop;
        }

        // The signature is an HMAC of timestamp and body, so it names this exact request; the dedupe window outlasts the signing window.
        if (!await replays.TryClaimAsync("command-signature:" + context.Request.Headers[SlackRequestGate.SignatureHeader], CancellationToken.None))
        {
            return gate.Replayed(context);
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
