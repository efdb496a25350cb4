namespace RoleBot.Slack.SocketMode;

/// <summary>What <c>apps.connections.open</c> answers: <c>{"ok":true,"url":"wss://…"}</c> or <c>{"ok":false,"error":…}</c>.</summary>
internal sealed record ConnectionsOpenResponse(bool Ok, string? Url, string? Error);
