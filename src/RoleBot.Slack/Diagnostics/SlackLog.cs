using Microsoft.Extensions.Logging;

namespace RoleBot.Slack.Diagnostics;

/// <summary>Every log line the Slack adapter writes. None carries the bot token, the signing secret or a response_url.</summary>
internal static partial class SlackLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Warning, Message = "Slack endpoints are not mapped: Slack:SigningSecret is not set. Set Slack__SigningSecret (HTTP) or Slack__AppToken (Socket Mode), and Slack__BotToken, to enable Slack.")]
    public static partial void NotMapped(ILogger logger);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Slack endpoints mapped: {Events}, {Commands}, {Interactions}")]
    public static partial void Mapped(ILogger logger, string events, string commands, string interactions);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Refused Slack request to {Path}: {Reason}")]
    public static partial void Refused(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Signed Slack request to {Path} is malformed: {Reason}")]
    public static partial void Malformed(ILogger logger, string path, string reason);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "Answered Slack ssl_check")]
    public static partial void SslCheck(ILogger logger);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Debug, Message = "Ignored Slack event {EventId} ({EventType}): {Reason}")]
    public static partial void EventIgnored(ILogger logger, string eventId, string eventType, string reason);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Information, Message = "Slack event {EventId} was already accepted; delivery (retry {RetryNum}, {RetryReason}) acknowledged without a second answer")]
    public static partial void Duplicate(ILogger logger, string eventId, string retryNum, string retryReason);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Information, Message = "Slack retry {RetryNum} ({RetryReason}) of event {EventId} is the first delivery seen; answering it")]
    public static partial void FirstSeenRetry(ILogger logger, string eventId, string retryNum, string retryReason);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Debug, Message = "Accepted Slack {Kind} {Id}")]
    public static partial void Accepted(ILogger logger, string kind, string id);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Error, Message = "Slack work queue is full ({Capacity} items); refused {Kind} {Id} so Slack delivers it again")]
    public static partial void QueueFull(ILogger logger, int capacity, string kind, string id);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Slack {Method} failed for {Kind} {Id}: {Error}")]
    public static partial void ApiError(ILogger logger, string method, string kind, string id, string error);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Error, Message = "Slack {Kind} {Id} failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string kind, string id);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Error, Message = "Slack {Kind} {Id} was dropped: RoleBot stopped before answering it")]
    public static partial void Dropped(ILogger logger, string kind, string id);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Debug, Message = "Answered Slack {Kind} {Id}")]
    public static partial void Completed(ILogger logger, string kind, string id);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Information, Message = "Slack feedback: {Verdict} on {Topic}")]
    public static partial void Feedback(ILogger logger, string verdict, string topic);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Warning, Message = "Slack rate-limited event deliveries for team {Team} (app_rate_limited, minute {MinuteRateLimited})")]
    public static partial void AppRateLimited(ILogger logger, string team, long minuteRateLimited);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Information, Message = "Slash command {Id} is taking longer than {Budget}; acknowledged now, answering through response_url")]
    public static partial void CommandDeferred(ILogger logger, string id, TimeSpan budget);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Debug, Message = "Ignored Slack interaction {Type} / {ActionId}")]
    public static partial void InteractionIgnored(ILogger logger, string type, string actionId);

    [LoggerMessage(EventId = 3019, Level = LogLevel.Warning, Message = "Slack {Method} answered with warning {Warning}")]
    public static partial void ApiWarning(ILogger logger, string method, string warning);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Error, Message = "Slack event deduplication is unavailable; answering event {EventId} anyway (a duplicate answer beats a lost one)")]
    public static partial void DeduplicationUnavailable(ILogger logger, Exception exception, string eventId);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Slack mode: {Mode}")]
    public static partial void Mode(ILogger logger, string mode);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Information, Message = "Slack HTTP endpoints are not mapped: no Slack:SigningSecret, so Slack reaches RoleBot through Socket Mode only")]
    public static partial void SocketModeOnly(ILogger logger);
}
