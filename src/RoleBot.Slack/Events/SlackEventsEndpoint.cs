using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RoleBot.Core.Background;
using RoleBot.Slack.Dedup;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Queue;
using RoleBot.Slack.Security;

namespace RoleBot.Slack.Events;

/// <summary>
/// <c>POST /slack/events</c>: verify, answer the URL handshake, triage, deduplicate by <c>event_id</c>, queue, and
/// acknowledge at once. The answer is posted later by <see cref="SlackWorker"/>, so the ack never waits on the dialog
/// or on Slack.
/// </summary>
internal sealed class SlackEventsEndpoint(
    SlackRequestGate gate,
    IEventDeduplicator deduplicator,
    BoundedWorkQueue<SlackWork> queue,
    SlackMetrics metrics,
    ILogger<SlackEventsEndpoint> logger)
{
    public const string RetryNumHeader = "X-Slack-Retry-Num";
    public const string RetryReasonHeader = "X-Slack-Retry-Reason";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var opened = await gate.OpenAsync(context, answersSslCheck: false);
        if (opened.Response is { } stop)
        {
            return stop;
        }

        EventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<EventEnvelope>(opened.Body.Span, SlackJson.Options);
        }
        catch (JsonException)
        {
            return gate.Malformed(context, "invalid_json");
        }

        return envelope?.Type switch
        {
            "url_verification" when !string.IsNullOrEmpty(envelope.Challenge) => Results.Text(envelope.Challenge, "text/plain"),
            "event_callback" => await CallbackAsync(context, envelope),
            "app_rate_limited" => RateLimited(envelope),
            null => gate.Malformed(context, "missing_type"),
            "url_verification" => gate.Malformed(context, "missing_challenge"),
            _ => Results.Ok(),
        };
    }

    private async Task<IResult> CallbackAsync(HttpContext context, EventEnvelope envelope)
    {
        if (string.IsNullOrEmpty(envelope.EventId) || envelope.Event is not { ValueKind: JsonValueKind.Object } raw)
        {
            return gate.Malformed(context, "missing_event");
        }

        MessageEvent? message;
        try
        {
            message = raw.Deserialize<MessageEvent>(SlackJson.Options);
        }
        catch (JsonException)
        {
            return gate.Malformed(context, "invalid_event");
        }

        var decision = EventTriage.Decide(envelope, message!);
        if (decision.Question is not { } question)
        {
            SlackLog.EventIgnored(logger, envelope.EventId, message?.Type ?? "?", decision.IgnoredBecause!);
            metrics.Ignored(decision.IgnoredBecause!);
            return Results.Ok();
        }

        var retryNum = context.Request.Headers[RetryNumHeader].ToString();
        var retryReason = context.Request.Headers[RetryReasonHeader] is { Count: > 0 } reason ? reason.ToString() : "none";
        if (!await TryClaimAsync(envelope.EventId))
        {
            SlackLog.Duplicate(logger, envelope.EventId, retryNum.Length > 0 ? retryNum : "0", retryReason);
            metrics.Duplicate();
            return Results.Ok();
        }

        if (retryNum.Length > 0)
        {
            SlackLog.FirstSeenRetry(logger, envelope.EventId, retryNum, retryReason);
        }

        if (!queue.TryEnqueue(new ThreadAnswerWork("event", envelope.EventId, question, decision.Channel!, decision.ThreadTs)))
        {
            // Forget the claim: Slack retries after a 503, and that retry must be answered.
            await ReleaseAsync(envelope.EventId);
            SlackLog.QueueFull(logger, queue.Capacity, "event", envelope.EventId);
            metrics.Refused("queue_full");
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        SlackLog.Accepted(logger, "event", envelope.EventId);
        metrics.Accepted("event");
        return Results.Ok();
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

    private IResult RateLimited(EventEnvelope envelope)
    {
        SlackLog.AppRateLimited(logger, envelope.TeamId ?? "?", envelope.MinuteRateLimited ?? 0);
        return Results.Ok();
    }
}
