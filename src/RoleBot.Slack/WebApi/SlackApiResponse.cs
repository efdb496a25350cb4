namespace RoleBot.Slack.WebApi;

/// <summary>The envelope of every Web API answer.</summary>
internal sealed record SlackApiResponse(bool Ok, string? Error, string? Warning, string? Ts);
