using Microsoft.Extensions.Logging;

namespace RoleBot.Slack.Diagnostics;

/// <summary>
/// Socket Mode's log lines. None carries the app token or a WebSocket URL (its <c>ticket</c> lets anyone connect as the
/// app); connections are named by number and host only.
/// </summary>
internal static partial class SocketModeLog
{
    [LoggerMessage(EventId = 3101, Level = LogLevel.Information, Message = "Slack Socket Mode: keeping {Connections} connections open")]
    public static partial void Starting(ILogger logger, int connections);

    [LoggerMessage(EventId = 3102, Level = LogLevel.Information, Message = "Slack Socket Mode connection {Connection} is open ({Host})")]
    public static partial void Open(ILogger logger, int connection, string host);

    [LoggerMessage(EventId = 3103, Level = LogLevel.Information, Message = "Slack asked Socket Mode connection {Connection} to disconnect ({Reason}); opening its replacement while it drains")]
    public static partial void Refresh(ILogger logger, int connection, string reason);

    [LoggerMessage(EventId = 3104, Level = LogLevel.Warning, Message = "Slack Socket Mode connection {Connection} dropped; reconnecting in {Delay}")]
    public static partial void Dropped(ILogger logger, int connection, TimeSpan delay);

    [LoggerMessage(EventId = 3105, Level = LogLevel.Warning, Message = "Could not open a Slack Socket Mode connection ({Error}); retrying in {Delay}")]
    public static partial void OpenFailed(ILogger logger, string error, TimeSpan delay);

    [LoggerMessage(EventId = 3106, Level = LogLevel.Error, Message = "Slack disabled Socket Mode for this app (link_disabled); not reconnecting. Turn Socket Mode on in the app's settings and restart RoleBot")]
    public static partial void LinkDisabled(ILogger logger);

    [LoggerMessage(EventId = 3107, Level = LogLevel.Warning, Message = "Slack {Type} envelope {EnvelopeId} is malformed: {Reason}; acknowledged, as a redelivery would be no better")]
    public static partial void Malformed(ILogger logger, string type, string envelopeId, string reason);

    [LoggerMessage(EventId = 3108, Level = LogLevel.Warning, Message = "Slack {Type} envelope {EnvelopeId} not acknowledged ({Reason}), so Slack delivers it again")]
    public static partial void NotAcknowledged(ILogger logger, string type, string envelopeId, string reason);

    [LoggerMessage(EventId = 3109, Level = LogLevel.Debug, Message = "Acknowledged Slack {Type} envelope {EnvelopeId} in {Elapsed}")]
    public static partial void Acknowledged(ILogger logger, string type, string envelopeId, TimeSpan elapsed);

    [LoggerMessage(EventId = 3110, Level = LogLevel.Debug, Message = "Ignored Slack Socket Mode message {Type}")]
    public static partial void Ignored(ILogger logger, string type);

    [LoggerMessage(EventId = 3111, Level = LogLevel.Error, Message = "Slack {Type} envelope {EnvelopeId} failed")]
    public static partial void EnvelopeFailed(ILogger logger, Exception exception, string type, string envelopeId);
}
