namespace RoleBot.Slack.Commands;

/// <summary>The fields RoleBot reads from a slash command.</summary>
internal sealed record SlashCommand(string Command, string Text, string UserId, string ChannelId, string TeamId, Uri? ResponseUrl, string Id);
