namespace RoleBot.Slack.BlockKit;

/// <summary>A thin horizontal rule.</summary>
internal sealed record DividerBlock : Block;
