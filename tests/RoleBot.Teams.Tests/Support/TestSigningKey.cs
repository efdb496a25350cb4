using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace RoleBot.Teams.Tests.Support;

/// <summary>An RSA key pair of the tests' own, published in the fake JWKS with the endorsements a real Bot Connector key carries.</summary>
public sealed class TestSigningKey
{
    public TestSigningKey(string keyId, params string[] endorsements)
    {
        KeyId = keyId;
        Endorsements = endorsements;
        Rsa = RSA.Create(2048);
        Key = new RsaSecurityKey(Rsa) { KeyId = keyId };
    }

    public string KeyId { get; }
    public IReadOnlyList<string> Endorsements { get; }
    public RSA Rsa { get; }
    public RsaSecurityKey Key { get; }

    /// <summary>The public half as a JWKS entry, shaped like login.botframework.com's.</summary>
    public Dictionary<string, object> Jwk()
    {
        var parameters = Rsa.ExportParameters(false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = Endorsements,
        };
    }
}
