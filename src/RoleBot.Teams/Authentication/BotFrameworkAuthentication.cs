namespace RoleBot.Teams.Authentication;

/// <summary>Constants of the Bot Connector's channel-to-bot tokens.</summary>
internal static class BotFrameworkAuthentication
{
    public const string Issuer = "https://api.botframework.com";
    public const string ServiceUrlClaim = "serviceurl";
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);
    public static readonly string[] Algorithms = ["RS256", "RS384", "RS512"];
    /// <summary>Longer headers are refused before any parsing.</summary>
    public const int MaxTokenLength = 16 * 1024;
}
