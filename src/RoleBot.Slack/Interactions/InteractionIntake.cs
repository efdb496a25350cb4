using Microsoft.Extensions.Logging;
using RoleBot.Core.Background;
using RoleBot.Core.Dialog;
using RoleBot.Core.Learning;
using RoleBot.Slack.BlockKit;
using RoleBot.Slack.Conversations;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Intake;
using RoleBot.Slack.Queue;

namespace RoleBot.Slack.Interactions;

/// <summary>
/// RoleBot's buttons, whichever transport brought the click. A suggestion asks its question in the same thread (or
/// privately, for an ephemeral answer); Share reposts an ephemeral answer in the channel; feedback is recorded and the
/// message updated. All of it is queued, so the ack is immediate.
/// </summary>
internal sealed class InteractionIntake(BoundedWorkQueue<SlackWork> queue, SlackMetrics metrics, ILogger<InteractionIntake> logger)
{
    public IntakeResult Accept(BlockActionsPayload? payload)
    {
        if (payload?.Type != "block_actions")
        {
            SlackLog.InteractionIgnored(logger, payload?.Type ?? "?", "-");
            metrics.Ignored("interaction_type");
            return IntakeResult.Ignored("interaction_type");
        }

        if (payload.Actions is not [{ ActionId: { } actionId } action, ..] || payload.User?.Id is not { } user || payload.Team?.Id is not { } team)
        {
            return IntakeResult.Malformed("missing_action");
        }

        var work = Work(payload, action, actionId, user, team);
        if (work is null)
        {
            if (actionId.StartsWith(ActionIds.SuggestPrefix, StringComparison.Ordinal) || actionId is ActionIds.Share or ActionIds.Helpful or ActionIds.NotHelpful)
            {
                return IntakeResult.Malformed("invalid_action_value");
            }

            SlackLog.InteractionIgnored(logger, payload.Type, actionId);
            metrics.Ignored("unknown_action");
            return IntakeResult.Ignored("unknown_action");
        }

        if (!queue.TryEnqueue(work))
        {
            SlackLog.QueueFull(logger, queue.Capacity, work.Kind, work.Id);
            metrics.Refused("queue_full");
            return IntakeResult.Busy;
        }

        SlackLog.Accepted(logger, work.Kind, work.Id);
        metrics.Accepted(work.Kind);
        return IntakeResult.Accepted;
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
