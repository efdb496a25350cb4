namespace RoleBot.Slack.Events;

/// <summary>One installation the event is visible to; for a bot, <see cref="UserId"/> is the bot user itself.</summary>
internal sealed record EventAuthorization(string? TeamId, string? UserId, bool IsBot);
