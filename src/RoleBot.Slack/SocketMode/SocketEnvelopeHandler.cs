using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using RoleBot.Slack.Commands;
using RoleBot.Slack.Diagnostics;
using RoleBot.Slack.Events;
using RoleBot.Slack.Intake;
using RoleBot.Slack.Interactions;
using RoleBot.Slack.WebApi;

namespace RoleBot.Slack.SocketMode;

/// <summary>
/// Turns one Socket Mode envelope into the same intake the HTTP endpoints use, and the outcome into an ack: every
/// envelope is acknowledged except one refused for a full queue, which Slack then delivers again (as after an HTTP 503).
/// </summary>
internal sealed class SocketEnvelopeHandler(
    EventIntake events,
    CommandIntake commands,
    InteractionIntake interactions,
    SlackMetrics metrics,
    ILogger<SocketEnvelopeHandler> logger)
{
    public const string EventsApi = "events_api";
    public const string SlashCommands = "slash_commands";
    public const string Interactive = "interactive";

    /// <summary>The ack to send, or null to leave the envelope unacknowledged.</summary>
    public async Task<SocketAck?> HandleAsync(SocketEnvelope envelope)
    {
        var type = envelope.Type ?? "?";
        var id = envelope.EnvelopeId!;
        IntakeResult result;
        try
        {
            result = envelope.Payload is not { ValueKind: JsonValueKind.Object } payload
                ? IntakeResult.Malformed("missing_payload")
                : type switch
                {
                    EventsApi => await EventAsync(envelope, payload),
                    SlashCommands => await CommandAsync(payload),
                    Interactive => interactions.Accept(payload.Deserialize<BlockActionsPayload>(SlackJson.Options)),
                    _ => IntakeResult.Ignored("unhandled_envelope"),
                };
        }
        catch (JsonException)
        {
            result = IntakeResult.Malformed("invalid_payload");
        }

        switch (result.Status)
        {
            case IntakeStatus.Malformed:
                SocketModeLog.Malformed(logger, type, id, result.Reason!);
                metrics.Refused(result.Reason!);
                return new SocketAck(id);
            case IntakeStatus.Busy when result.Reply is null:
                SocketModeLog.NotAcknowledged(logger, type, id, result.Reason!);
                return null;
            default:
                // Only slash commands carry an answer; Slack shows it as it would an HTTP ack body.
                return new SocketAck(id, result.Reply is { } reply ? ResponseUrlMessage.From(reply, ResponseUrlMessage.Ephemeral) : null);
        }
    }

    private async Task<IntakeResult> EventAsync(SocketEnvelope envelope, JsonElement payload)
    {
        var callback = payload.Deserialize<EventEnvelope>(SlackJson.Options);
        if (callback?.Type != "event_callback")
        {
            return IntakeResult.Ignored("not_event_callback");
        }

        var retryNum = envelope.RetryAttempt is int attempt and > 0 ? attempt.ToString(CultureInfo.InvariantCulture) : "";
        return await events.AcceptAsync(callback, retryNum, envelope.RetryReason is { Length: > 0 } reason ? reason : "none");
    }

    private async Task<IntakeResult> CommandAsync(JsonElement payload)
    {
        var command = CommandIntake.Read(name => payload.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null);
        return command is null ? IntakeResult.Malformed("invalid_command") : await commands.AnswerAsync(command);
    }
}
