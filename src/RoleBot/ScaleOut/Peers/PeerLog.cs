namespace RoleBot.ScaleOut.Peers;

/// <summary>Log lines of peer claims. Ids and keys are never logged; peers by their configured URL only.</summary>
internal static partial class PeerLog
{
    [LoggerMessage(EventId = 62, Level = LogLevel.Information, Message = "Slack claims are decided by their owner among {Members} instances; this instance is {Self}")]
    public static partial void Enabled(ILogger logger, int members, string self);

    [LoggerMessage(EventId = 63, Level = LogLevel.Warning, Message = "Peer {Peer} is unreachable ({Reason}); claims it owns are made in this instance's memory until it answers again")]
    public static partial void Unreachable(ILogger logger, string peer, string reason);

    [LoggerMessage(EventId = 64, Level = LogLevel.Information, Message = "Peer {Peer} answers claims again")]
    public static partial void Reachable(ILogger logger, string peer);

    [LoggerMessage(EventId = 65, Level = LogLevel.Debug, Message = "Peer claim refused: {Reason}")]
    public static partial void Refused(ILogger logger, string reason);
}
