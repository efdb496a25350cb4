namespace RoleBot.Teams.Authentication;

/// <summary>The keys from one fetch of the OpenID metadata and its JWKS document, by <c>kid</c>.</summary>
internal sealed record SigningKeySet(IReadOnlyDictionary<string, SigningKey> Keys);
