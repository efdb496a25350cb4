using System.Text.Json;

namespace RoleBot.Slack.Events;

/// <summary>
/// What Slack posts to the Events API endpoint: a <c>url_verification</c> handshake or an <c>event_callback</c>
/// (the inner event stays raw until its type is known, because other event types shape fields differently).
/// </summary>
internal sealed record EventEnvelope(
    string? Type,
    string? Token,
    string? Challenge,
    string? TeamId,
    string? ApiAppId,
    JsonElement? Event,
    string? EventId,
    long? EventTime,
    IReadOnlyList<EventAuthorization>? Authorizations,
    long? MinuteRateLimited);
