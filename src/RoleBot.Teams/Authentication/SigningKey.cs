using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Teams.Authentication;

/// <summary>One Bot Connector signing key and the channels (<c>msteams</c>, ...) it is endorsed for.</summary>
internal sealed record SigningKey(string KeyId, SecurityKey Key, IReadOnlySet<string> Endorsements);
