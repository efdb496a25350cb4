namespace RoleBot.Slack.SocketMode;

/// <summary>An open connection, or why none could be opened and how long Slack asked to wait.</summary>
internal sealed record ConnectAttempt(SocketModeConnection? Connection, string? Error, TimeSpan? RetryAfter);
