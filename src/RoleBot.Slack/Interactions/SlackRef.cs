namespace RoleBot.Slack.Interactions;

/// <summary>A user, team or channel: only its id matters here.</summary>
internal sealed record SlackRef(string? Id);
