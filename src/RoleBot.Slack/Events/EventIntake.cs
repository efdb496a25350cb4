using System.Text.Json;
using Microsoft.Extensions.Logging;
using RoleBot.Core.Background;
using RoleBot.Slack.Dedup;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Intake;
using RoleBot.Slack.Queue;

namespace RoleBot.Slack.Events;

/// <summary>
/// One <c>event_callback</c>, whichever transport brought it: triage, deduplicate by <c>event_id</c>, queue. Copies of an
/// event arriving over HTTP and over several sockets share the one deduplicator, so each event is answered once.
/// </summary>
internal sealed class EventIntake(IEventDeduplicator deduplicator, BoundedWorkQueue<SlackWork> queue, SlackMetrics metrics, ILogger<EventIntake> logger)
{
    /// <param name="retryNum">Slack's retry number, empty for a first delivery.</param>
    /// <param name="retryReason">Slack's retry reason, for the log.</param>
    public async Task<IntakeResult> AcceptAsync(EventEnvelope envelope, string retryNum, string retryReason)
    {
        if (string.IsNullOrEmpty(envelope.EventId) || envelope.Event is not { ValueKind: JsonValueKind.Object } raw)
        {
            return IntakeResult.Malformed("missing_event");
        }

        MessageEvent? message;
        try
        {
            message = raw.Deserialize<MessageEvent>(SlackJson.Options);
        }
        catch (JsonException)
        {
            return IntakeResult.Malformed("invalid_event");
        }

        var decision = EventTriage.Decide(envelope, message!);
        if (decision.Question is not { } question)
        {
            SlackLog.EventIgnored(logger, envelope.EventId, message?.Type ?? "?", decision.IgnoredBecause!);
            metrics.Ignored(decision.IgnoredBecause!);
            return IntakeResult.Ignored(decision.IgnoredBecause!);
        }

        if (!await TryClaimAsync(envelope.EventId))
        {
            SlackLog.Duplicate(logger, envelope.EventId, retryNum.Length > 0 ? retryNum : "0", retryReason);
            metrics.Duplicate();
            return IntakeResult.Ignored("duplicate");
        }

        if (retryNum.Length > 0)
        {
            SlackLog.FirstSeenRetry(logger, envelope.EventId, retryNum, retryReason);
        }

        if (!queue.TryEnqueue(new ThreadAnswerWork("event", envelope.EventId, question, decision.Channel!, decision.ThreadTs)))
        {
            // Forget the claim: Slack delivers a refused event again, and that delivery must be answered.
            await ReleaseAsync(envelope.EventId);
            SlackLog.QueueFull(logger, queue.Capacity, "event", envelope.EventId);
            metrics.Refused("queue_full");
            return IntakeResult.Busy;
        }

        SlackLog.Accepted(logger, "event", envelope.EventId);
        metrics.Accepted("event");
        return IntakeResult.Accepted;
    }

    /// <summary>A shared store (Redis) can be down; then the event is answered rather than lost.</summary>
    private async Task<bool> TryClaimAsync(string eventId)
    {
        try
        {
            return await deduplicator.TryClaimAsync(eventId, CancellationToken.None);
        }
        catch (Exception e)
        {
            SlackLog.DeduplicationUnavailable(logger, e, eventId);
            return true;
        }
    }

    private async Task ReleaseAsync(string eventId)
    {
        try
        {
            await deduplicator.ReleaseAsync(eventId, CancellationToken.None);
        }
        catch (Exception e)
        {
            SlackLog.DeduplicationUnavailable(logger, e, eventId);
        }
    }
}
