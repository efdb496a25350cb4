using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Background;
using RoleBot.Core.Dialog;
using RoleBot.Slack.BlockKit;
using RoleBot.Slack.Conversations;
using RoleBot.Slack.Dedup;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Events;
using RoleBot.Slack.Queue;
using RoleBot.Slack.Security;
using RoleBot.Slack.WebApi;

namespace RoleBot.Slack.Commands;

/// <summary>
/// <c>POST /slack/commands</c>: <c>/rolebot &lt;question&gt;</c>. The answer is private (ephemeral) with a Share
/// button. It rides in the ack body when the dialog answers within <see cref="SlackOptions.CommandAnswerBudget"/>;
/// otherwise the ack is empty and the answer follows through <c>response_url</c>, so Slack's 3-second limit always holds.
/// Slack signs commands without a nonce, so a copy replayed within the signing window would verify: each accepted
/// signature is claimed in the event de-duplication store (shared by every instance under Redis) and a second copy is refused.
/// </summary>
internal sealed class SlackCommandsEndpoint(
    SlackRequestGate gate,
    IRoleBotDialog dialog,
    AnswerBlockRenderer renderer,
    BoundedWorkQueue<SlackWork> queue,
    IEventDeduplicator replays,
    SlackMetrics metrics,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<SlackCommandsEndpoint> logger)
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

        if (Parse(opened.Body) is not { } command)
        {
            return gate.Malformed(context, "invalid_command");
        }

        if (SlackHelp.IsHelp(command.Text))
        {
            return Reply(SlackHelp.Message(command.Command));
        }

        var question = new Question(command.Text, ConversationKey.ForCommand(command.TeamId, command.ChannelId, command.UserId), ConversationKey.Channel, command.UserId);
        var asking = dialog.AskAsync(question, CancellationToken.None).AsTask();
        var budget = options.Value.CommandAnswerBudget;
        if (asking.IsCompleted || await Task.WhenAny(asking, Task.Delay(budget, time)) == asking)
        {
            return Reply(renderer.Render(await asking, command.Text, offerShare: true));
        }

        if (command.ResponseUrl is { } responseUrl && queue.TryEnqueue(new ResponseUrlAnswerWork("command", command.Id, question, responseUrl, InChannel: false, asking)))
        {
            SlackLog.CommandDeferred(logger, command.Id, budget);
            metrics.Accepted("command");
            return Results.Ok();
        }

        SlackLog.QueueFull(logger, queue.Capacity, "command", command.Id);
        metrics.Refused("queue_full");
        return Reply(new SlackMessage("RoleBot is busy right now. Please ask again in a minute.", []));
    }

    private static IResult Reply(SlackMessage message) =>
        Results.Json(ResponseUrlMessage.From(message, ResponseUrlMessage.Ephemeral), SlackJson.Options);

    private static SlashCommand? Parse(ReadOnlyMemory<byte> body)
    {
        if (SlackForm.Parse(body) is not { } form
            || form.Field("command") is not { } name
            || form.Field("user_id") is not { } user
            || form.Field("channel_id") is not { } channel
            || form.Field("team_id") is not { } team)
        {
            return null;
        }

        var id = form.Field("trigger_id") ?? $"{team}:{channel}:{user}";
        return new SlashCommand(name, InboundText.Clean(form.Field("text")), user, channel, team, SlackForm.HttpUrl(form.Field("response_url")), id);
    }
}
