namespace RoleBot.Slack.BlockKit;

/// <summary>A row of interactive elements (RoleBot uses buttons only), up to 25.</summary>
internal sealed record ActionsBlock(IReadOnlyList<ButtonElement> Elements) : Block;
