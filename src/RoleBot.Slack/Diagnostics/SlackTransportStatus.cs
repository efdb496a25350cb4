namespace RoleBot.Slack.Diagnostics;

/// <summary>How Slack reaches RoleBot right now, for <c>/readyz</c> and the connections gauge.</summary>
public sealed class SlackTransportStatus
{
    private int socketConnectionsOpen;

    internal SlackTransportStatus(SlackOptions options)
    {
        Mode = options.Mode;
        SocketConnectionsWanted = options.SocketModeEnabled ? options.SocketConnections : 0;
    }

    /// <summary><c>off</c>, <c>http</c>, <c>socket</c> or <c>http+socket</c>.</summary>
    public string Mode { get; }

    public int SocketConnectionsWanted { get; }

    /// <summary>Socket Mode connections that said hello and have not ended.</summary>
    public int SocketConnectionsOpen => Volatile.Read(ref socketConnectionsOpen);

    /// <summary>True once Slack said <c>link_disabled</c>: Socket Mode was turned off in the app's settings, so RoleBot stopped reconnecting.</summary>
    public bool SocketLinkDisabled { get; internal set; }

    internal void SocketOpened() => Interlocked.Increment(ref socketConnectionsOpen);

    internal void SocketClosed() => Interlocked.Decrement(ref socketConnectionsOpen);
}
