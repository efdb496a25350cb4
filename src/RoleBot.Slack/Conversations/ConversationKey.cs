namespace RoleBot.Slack.Conversations;

/// <summary>
/// The dialog's conversation id for Slack: <c>slack:{team}:{channel}:{thread}</c>, so a follow-up in a thread continues
/// that thread's conversation. Top-level direct messages share one conversation per DM channel; slash commands one per user and channel.
/// </summary>
internal static class ConversationKey
{
    public const string Channel = "slack";

    /// <summary>A message in a channel thread, or the message that starts one (its own <c>ts</c>).</summary>
    public static string ForThread(string team, string channel, string threadTs) => $"slack:{team}:{channel}:{threadTs}";

    /// <summary>A direct message: its thread when it is in one, else the DM channel's main conversation.</summary>
    public static string ForDirectMessage(string team, string channel, string? threadTs) => $"slack:{team}:{channel}:{threadTs ?? "dm"}";

    /// <summary>Slash commands and their ephemeral answers, which live outside any thread.</summary>
    public static string ForCommand(string team, string channel, string user) => $"slack:{team}:{channel}:command:{user}";

    /// <summary>Direct-message channel ids start with D.</summary>
    public static bool IsDirectMessage(string channel) => channel.StartsWith('D');
}
