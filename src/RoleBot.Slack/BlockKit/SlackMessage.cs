namespace RoleBot.Slack.BlockKit;

/// <summary>A rendered answer: blocks plus the plain <c>text</c> fallback Slack uses for notifications and screen readers.</summary>
internal sealed record SlackMessage(string Text, IReadOnlyList<Block> Blocks);
