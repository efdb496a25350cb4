namespace RoleBot.Teams.Activities;

/// <summary>An activity entity; RoleBot reads and writes mentions (<c>type: "mention"</c>).</summary>
public sealed record Entity
{
    public string? Type { get; init; }
    public ChannelAccount? Mentioned { get; init; }
    /// <summary>The mention as it appears in the text, <c>&lt;at&gt;Name&lt;/at&gt;</c>; can be null in group chats.</summary>
    public string? Text { get; init; }
}
