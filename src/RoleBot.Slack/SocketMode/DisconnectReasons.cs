namespace RoleBot.Slack.SocketMode;

/// <summary>The reasons Slack gives in a <c>disconnect</c> message.</summary>
internal static class DisconnectReasons
{
    /// <summary>Slack is about to close the connection, in about ten seconds.</summary>
    public const string Warning = "warning";

    /// <summary>Slack wants the connection replaced now; it stays usable briefly.</summary>
    public const string RefreshRequested = "refresh_requested";

    /// <summary>Socket Mode was turned off in the app's settings; reconnecting cannot succeed.</summary>
    public const string LinkDisabled = "link_disabled";
}
