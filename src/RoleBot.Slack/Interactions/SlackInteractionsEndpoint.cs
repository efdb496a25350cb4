using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RoleBot.Core.Background;
using RoleBot.Core.Dialog;
using RoleBot.Core.Learning;
using RoleBot.Slack.BlockKit;
using RoleBot.Slack.Conversations;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Queue;
using RoleBot.Slack.Security;

namespace RoleBot.Slack.Interactions;

/// <summary>
/// <c>POST /slack/interactions</c>: RoleBot's buttons. A suggestion asks its question in the same thread (or privately,
/// for an ephemeral answer); Share reposts an ephemeral answer in the channel; feedback is recorded and the message
/// updated. All of it is queued, so the ack is immediate.
/// </summary>
internal sealed class SlackInteractionsEndpoint(SlackRequestGate gate, BoundedWorkQueue<SlackWork> queue, SlackMetrics metrics, ILogger<SlackInteractionsEndpoint> logger)
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

        if (payload?.Type != "block_actions")
        {
            SlackLog.InteractionIgnored(logger, payload?.Type ?? "?", "-");
            metrics.Ignored("interaction_type");
            return Results.Ok();
        }

        if (payload.Actions is not [{ ActionId: { } actionId } action, ..] || payload.User?.Id is not { } user || payload.Team?.Id is not { } team)
        {
            return gate.Malformed(context, "missing_action");
        }

        var work = Work(payload, action, actionId, user, team);
        if (work is null)
        {
            if (actionId.StartsWith(ActionIds.SuggestPrefix, StringComparison.Ordinal) || actionId is ActionIds.Share or ActionIds.Helpful or ActionIds.NotHelpful)
            {
                return gate.Malformed(context, "invalid_action_value");
            }

            SlackLog.InteractionIgnored(logger, payload.Type, actionId);
            metrics.Ignored("unknown_action");
            return Results.Ok();
        }

        if (!queue.TryEnqueue(work))
        {
            SlackLog.QueueFull(logger, queue.Capacity, work.Kind, work.Id);
            metrics.Refused("queue_full");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        SlackLog.Accepted(logger, work.Kind, work.Id);
        metrics.Accepted(work.Kind);
        return Results.Ok();
    }

    private static SlackWork? Work(BlockActionsPayload payload, BlockAction action, string actionId, string user, string team)
    {
        var id = payload.TriggerId ?? action.ActionTs ?? "?";
        var responseUrl = SlackForm.HttpUrl(payload.ResponseUrl);
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        if (actionId is ActionIds.Helpful or ActionIds.NotHelpful)
        {
            return FeedbackValue.Parse(action.Value) is { } rated
                ? new FeedbackWork(id, new FeedbackEntry(ConversationKey.Channel, rated.Q, rated.A, actionId == ActionIds.Helpful, user), responseUrl, payload.Message?.Blocks, payload.Message?.Text)
                : null;
        }

        var question = action.Value?.Trim();
        if (string.IsNullOrEmpty(question) || channel is null)
        {
            return null;
        }

        if (actionId == ActionIds.Share)
        {
            return responseUrl is null ? null : new ResponseUrlAnswerWork("share", id, CommandQuestion(question, team, channel, user), responseUrl, InChannel: true);
        }

        if (!actionId.StartsWith(ActionIds.SuggestPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        if (payload.Message is { Ts: { } ts } message && payload.Container?.IsEphemeral != true)
        {
            // A DM answer is top level, so its follow-up is too; in a channel the answer lives in a thread.
            if (ConversationKey.IsDirectMessage(channel))
            {
                var dm = ConversationKey.ForDirectMessage(team, channel, message.ThreadTs);
                return new ThreadAnswerWork("suggestion", id, new Question(question, dm, ConversationKey.Channel, user), channel, message.ThreadTs);
            }

            var thread = message.ThreadTs ?? ts;
            var key = ConversationKey.ForThread(team, channel, thread);
            return new ThreadAnswerWork("suggestion", id, new Question(question, key, ConversationKey.Channel, user), channel, thread);
        }

        return responseUrl is null ? null : new ResponseUrlAnswerWork("suggestion", id, CommandQuestion(question, team, channel, user), responseUrl, InChannel: false);
    }

    private static Question CommandQuestion(string text, string team, string channel, string user) =>
        new(text, ConversationKey.ForCommand(team, channel, user), ConversationKey.Channel, user);
}
