using Microsoft.Extensions.Logging;

namespace RoleBot.Teams.Diagnostics;

/// <summary>The Teams adapter's log lines. None carries a token, a password or a message's text.</summary>
internal static partial class TeamsLog
{
    /// <summary>The channel name in metrics and feedback.</summary>
    public const string Channel = "teams";

    [LoggerMessage(EventId = 100, Level = LogLevel.Warning, Message = "Teams: MicrosoftAppId is not set, so {Path} runs in ANONYMOUS mode: requests are NOT authenticated and only activities from local tools (a loopback serviceUrl, e.g. the Agents Playground or Bot Framework Emulator) are answered. Set MicrosoftAppId, MicrosoftAppPassword, MicrosoftAppType and MicrosoftAppTenantId before exposing this host.")]
    public static partial void Anonymous(ILogger logger, string path);

    [LoggerMessage(EventId = 101, Level = LogLevel.Information, Message = "Teams: {Path} accepts Bot Connector tokens for {App}")]
    public static partial void Authenticated(ILogger logger, string path, string app);

    [LoggerMessage(EventId = 102, Level = LogLevel.Information, Message = "Teams: refused a request to /api/messages: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);

    [LoggerMessage(EventId = 103, Level = LogLevel.Debug, Message = "Teams: answered {Kind} activity {ActivityId}")]
    public static partial void Completed(ILogger logger, string kind, string activityId);

    [LoggerMessage(EventId = 104, Level = LogLevel.Error, Message = "Teams: {Kind} activity {ActivityId} failed with {Error}")]
    public static partial void WorkFailed(ILogger logger, string error, string kind, string activityId);

    [LoggerMessage(EventId = 105, Level = LogLevel.Warning, Message = "Teams: shutting down; {Kind} activity {ActivityId} was not answered")]
    public static partial void Dropped(ILogger logger, string kind, string activityId);

    [LoggerMessage(EventId = 106, Level = LogLevel.Warning, Message = "Teams: the work queue is full; answered 503")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(EventId = 107, Level = LogLevel.Information, Message = "Teams: feedback {Verdict} recorded")]
    public static partial void Feedback(ILogger logger, string verdict);

    [LoggerMessage(EventId = 108, Level = LogLevel.Warning, Message = "Teams: feedback arrived but no learning log is registered; it was not stored")]
    public static partial void NoLearningLog(ILogger logger);
}
