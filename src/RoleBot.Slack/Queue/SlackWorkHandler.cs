using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using RoleBot.Core.Answers;
using RoleBot.Core.Learning;
using RoleBot.Core.Dialog;
using RoleBot.Slack.BlockKit;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.WebApi;

namespace RoleBot.Slack.Queue;

/// <summary>Does one queued item: ask, render, send. Returns the failure to log, or null when Slack took it.</summary>
internal sealed class SlackWorkHandler(
    IRoleBotDialog dialog,
    AnswerBlockRenderer renderer,
    SlackApiClient api,
    SlackMetrics metrics,
    ILogger<SlackWorkHandler> logger,
    ILearningLog? learningLog = null)
{
    public Task<WorkFailure?> HandleAsync(SlackWork work, CancellationToken cancellationToken) => work switch
    {
        ThreadAnswerWork thread => AnswerInThreadAsync(thread, cancellationToken),
        ResponseUrlAnswerWork respond => AnswerThroughResponseUrlAsync(respond, cancellationToken),
        FeedbackWork feedback => RecordFeedbackAsync(feedback, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(work), work.GetType().Name, "Unknown Slack work."),
    };

    private async Task<WorkFailure?> AnswerInThreadAsync(ThreadAnswerWork work, CancellationToken cancellationToken)
    {
        var answer = await dialog.AskAsync(work.Question, cancellationToken);
        var message = renderer.Render(answer, work.Question.Text);
        var result = await api.PostMessageAsync(new PostMessageRequest(work.Channel, message.Text, message.Blocks, work.ThreadTs), cancellationToken);
        return Outcome(SlackApiClient.PostMessage, result);
    }

    private async Task<WorkFailure?> AnswerThroughResponseUrlAsync(ResponseUrlAnswerWork work, CancellationToken cancellationToken)
    {
        var answer = work.Pending is { } pending ? await pending : await dialog.AskAsync(work.Question, cancellationToken);
        var message = renderer.Render(answer, work.Question.Text, offerShare: !work.InChannel);
        var type = work.InChannel ? ResponseUrlMessage.InChannel : ResponseUrlMessage.Ephemeral;
        var posted = await api.RespondAsync(work.ResponseUrl, ResponseUrlMessage.From(message, type) with { ReplaceOriginal = false }, cancellationToken);
        if (!posted.Ok || !work.InChannel)
        {
            return Outcome(SlackApiClient.ResponseUrl, posted);
        }

        // Shared: the public copy is posted, so the private one it came from goes away.
        var deleted = await api.RespondAsync(work.ResponseUrl, new ResponseUrlMessage(null) { DeleteOriginal = true }, cancellationToken);
        return Outcome(SlackApiClient.ResponseUrl, deleted);
    }

    private async Task<WorkFailure?> RecordFeedbackAsync(FeedbackWork work, CancellationToken cancellationToken)
    {
        var verdict = work.Entry.Helpful ? "helpful" : "not_helpful";
        SlackLog.Feedback(logger, verdict, work.Entry.AnswerGiven ?? "?");
        metrics.Feedback(verdict);
        if (learningLog is not null)
        {
            await learningLog.RecordFeedbackAsync(work.Entry, cancellationToken);
        }

        if (work.ResponseUrl is null)
        {
            return null;
        }

        var thanks = work.Entry.Helpful ? "Thanks, glad it helped." : "Thanks for telling us; this answer will be reviewed.";
        if (work.Entry.UserId is { } user && SlackText.IsUserId(user))
        {
            thanks = $"<@{user}> rated this answer {(work.Entry.Helpful ? "helpful" : "not helpful")}. {thanks}";
        }

        var update = work.OriginalBlocks is { } blocks
            ? new ResponseUrlMessage(work.OriginalText) { Blocks = WithoutFeedbackButtons(blocks, thanks), ReplaceOriginal = true }
            : new ResponseUrlMessage(thanks) { ResponseType = ResponseUrlMessage.Ephemeral, ReplaceOriginal = false };
        return Outcome(SlackApiClient.ResponseUrl, await api.RespondAsync(work.ResponseUrl, update, cancellationToken));
    }

    /// <summary>The rated message's blocks with the feedback buttons swapped for a thank-you line, so nobody rates twice.</summary>
    private static JsonArray WithoutFeedbackButtons(JsonArray blocks, string thanks)
    {
        var kept = new JsonArray();
        foreach (var block in blocks)
        {
            if (block?["block_id"]?.GetValue<string>() == ActionIds.FeedbackBlock)
            {
                continue;
            }

            kept.Add(block?.DeepClone());
        }

        kept.Add(new JsonObject
        {
            ["type"] = "context",
            ["elements"] = new JsonArray(new JsonObject { ["type"] = "mrkdwn", ["text"] = thanks }),
        });
        return kept;
    }

    private WorkFailure? Outcome(string operation, SlackApiResult result)
    {
        if (result.Warning is { } warning)
        {
            SlackLog.ApiWarning(logger, operation, warning);
        }

        return result.Ok ? null : new WorkFailure(operation, result.Error ?? "unknown_error");
    }
}
