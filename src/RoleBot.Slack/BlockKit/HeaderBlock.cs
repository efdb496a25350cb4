namespace RoleBot.Slack.BlockKit;

/// <summary>Large bold plain text, at most 150 characters.</summary>
internal sealed record HeaderBlock(TextObject Text) : Block;
