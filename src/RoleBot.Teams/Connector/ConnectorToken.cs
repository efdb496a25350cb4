namespace RoleBot.Teams.Connector;

/// <summary>An outbound access token and when RoleBot stops using it.</summary>
internal sealed record ConnectorToken(string Value, DateTimeOffset RefreshAfter);
