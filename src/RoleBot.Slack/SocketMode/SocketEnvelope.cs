using System.Text.Json;

namespace RoleBot.Slack.SocketMode;

/// <summary>
/// One message from Slack over a Socket Mode connection: <c>hello</c>, <c>disconnect</c> (with its <see cref="Reason"/>),
/// or an envelope (<c>events_api</c>, <c>slash_commands</c>, <c>interactive</c>) whose <see cref="Payload"/> is what the
/// HTTP transport would have received, to be acknowledged by <see cref="EnvelopeId"/>.
/// </summary>
internal sealed record SocketEnvelope(
    string? Type,
    string? EnvelopeId,
    JsonElement? Payload,
    int? RetryAttempt,
    string? RetryReason,
    string? Reason);
