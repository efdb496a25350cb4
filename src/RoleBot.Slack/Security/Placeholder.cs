namespace RoleBot.Slack.Security;

internal static class Placeholder;
