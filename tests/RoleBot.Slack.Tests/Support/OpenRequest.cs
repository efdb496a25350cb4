namespace RoleBot.Slack.Tests.Support;

/// <summary>One <c>apps.connections.open</c> call RoleBot made, as it went over the wire.</summary>
public sealed record OpenRequest(DateTimeOffset At, string Method, string Authorization, string? ContentType, string Body);
