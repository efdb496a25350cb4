using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Intake;
using RoleBot.Slack.Queue;
using RoleBot.Slack.Security;

namespace RoleBot.Slack.Events;

/// <summary>
/// <c>POST /slack/events</c>: verify, answer the URL handshake, hand callbacks to <see cref="EventIntake"/>, and
/// acknowledge at once. The answer is posted later by <see cref="SlackWorker"/>, so the ack never waits on the dialog
/// or on Slack.
/// </summary>
internal sealed class SlackEventsEndpoint(SlackRequestGate gate, EventIntake intake, ILogger<SlackEventsEndpoint> logger)
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
        var headers = context.Request.Headers;
        var retryReason = headers[RetryReasonHeader] is { Count: > 0 } reason ? reason.ToString() : "none";
        var result = await intake.AcceptAsync(envelope, headers[RetryNumHeader].ToString(), retryReason);
        return result.Status switch
        {
            IntakeStatus.Malformed => gate.Malformed(context, result.Reason!),
            IntakeStatus.Busy => Results.StatusCode(StatusCodes.Status503ServiceUnavailable),
            _ => Results.Ok(),
        };
    }

    private IResult RateLimited(EventEnvelope envelope)
    {
        SlackLog.AppRateLimited(logger, envelope.TeamId ?? "?", envelope.MinuteRateLimited ?? 0);
        return Results.Ok();
    }
}
