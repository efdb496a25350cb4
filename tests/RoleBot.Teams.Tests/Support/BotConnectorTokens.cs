using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Teams.Tests.Support;

/// <summary>Mints channel-to-bot tokens like the Bot Connector's: <c>iss</c>, <c>aud</c>, <c>serviceurl</c>, <c>nbf</c>, <c>exp</c>, RS256.</summary>
public static class BotConnectorTokens
{
    public const string Issuer = "https://api.botframework.com";

    public static string Mint(
        TestSigningKey key,
        string serviceUrl = TeamsActivities.ServiceUrl,
        string audience = TeamsApp.AppId,
        string issuer = Issuer,
        DateTimeOffset? notBefore = null,
        DateTimeOffset? expires = null,
        string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = DateTimeOffset.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            NotBefore = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            IssuedAt = (notBefore ?? now.AddMinutes(-1)).UtcDateTime,
            Expires = (expires ?? now.AddHours(1)).UtcDateTime,
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(key.Key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A token signed with a shared secret instead of a published RSA key.</summary>
    public static string MintHs256(string serviceUrl = TeamsActivities.ServiceUrl) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = TeamsApp.AppId,
            Expires = DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-shared-secret-that-is-long-enough-for-hs256")) { KeyId = "bf-key-1" },
                SecurityAlgorithms.HmacSha256),
        });
}
