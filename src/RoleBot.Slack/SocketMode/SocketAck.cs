namespace RoleBot.Slack.SocketMode;

/// <summary>What acknowledges an envelope: its id and, for a slash command, the answer Slack shows (as an HTTP ack body would be).</summary>
internal sealed record SocketAck(string EnvelopeId, object? Payload = null);
