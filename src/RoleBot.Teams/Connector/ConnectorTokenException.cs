namespace RoleBot.Teams.Connector;

/// <summary>Entra ID refused or failed to issue an outbound token. The message never carries secrets.</summary>
public sealed class ConnectorTokenException : Exception
{
    public ConnectorTokenException()
    {
    }

    public ConnectorTokenException(string message)
        : base(message)
    {
    }

    public ConnectorTokenException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
