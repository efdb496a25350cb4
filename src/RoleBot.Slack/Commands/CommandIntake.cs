using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Background;
using RoleBot.Core.Dialog;
using RoleBot.Slack.BlockKit;
using RoleBot.Slack.Conversations;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Events;
using RoleBot.Slack.Intake;
using RoleBot.Slack.Queue;

namespace RoleBot.Slack.Commands;

/// <summary>
/// <c>/rolebot &lt;question&gt;</c>, whichever transport brought it. The answer is private (ephemeral) with a Share
/// button. It rides in the ack when the dialog answers within <see cref="SlackOptions.CommandAnswerBudget"/>;
/// otherwise the ack is empty and the answer follows through <c>response_url</c>, so Slack's 3-second limit always holds.
/// </summary>
internal sealed class CommandIntake(
    IRoleBotDialog dialog,
    AnswerBlockRenderer renderer,
    BoundedWorkQueue<SlackWork> queue,
    SlackMetrics metrics,
    TimeProvider time,
    IOptions<SlackOptions> options,
    ILogger<CommandIntake> logger)
{
    /// <summary>A command from its fields (a form over HTTP, a JSON object over Socket Mode), or null when one RoleBot needs is missing.</summary>
    public static SlashCommand? Read(Func<string, string?> field)
    {
        if (field("command") is not { Length: > 0 } name
            || field("user_id") is not { Length: > 0 } user
            || field("channel_id") is not { Length: > 0 } channel
            || field("team_id") is not { Length: > 0 } team)
        {
            return null;
        }

        var id = field("trigger_id") is { Length: > 0 } trigger ? trigger : $"{team}:{channel}:{user}";
        return new SlashCommand(name, InboundText.Clean(field("text")), user, channel, team, SlackForm.HttpUrl(field("response_url")), id);
    }

    public async Task<IntakeResult> AnswerAsync(SlashCommand command)
    {
        if (SlackHelp.IsHelp(command.Text))
        {
            return IntakeResult.Answer(SlackHelp.Message(command.Command));
        }

        var question = new Question(command.Text, ConversationKey.ForCommand(command.TeamId, command.ChannelId, command.UserId), ConversationKey.Channel, command.UserId);
        var asking = dialog.AskAsync(question, CancellationToken.None).AsTask();
        var budget = options.Value.CommandAnswerBudget;
        if (asking.IsCompleted || await Task.WhenAny(asking, Task.Delay(budget, time)) == asking)
        {
            return IntakeResult.Answer(renderer.Render(await asking, command.Text, offerShare: true));
        }

        if (command.ResponseUrl is { } responseUrl && queue.TryEnqueue(new ResponseUrlAnswerWork("command", command.Id, question, responseUrl, InChannel: false, asking)))
        {
            SlackLog.CommandDeferred(logger, command.Id, budget);
            metrics.Accepted("command");
            return IntakeResult.Accepted;
        }

        // Slack does not deliver a slash command again, so refusing it would lose it: say so instead.
        SlackLog.QueueFull(logger, queue.Capacity, "command", command.Id);
        metrics.Refused("queue_full");
        return IntakeResult.Busy with { Reply = new SlackMessage("RoleBot is busy right now. Please ask again in a minute.", []) };
    }
}
