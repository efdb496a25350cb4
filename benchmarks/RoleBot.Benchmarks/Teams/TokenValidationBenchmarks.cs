using System.Net;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Authentication;
using RoleBot.Teams.Configuration;

namespace RoleBot.Benchmarks.Teams;

/// <summary>
/// What authenticating one Bot Connector request costs once the signing keys are cached: the full check RoleBot
/// runs (RS256 signature, issuer, audience, lifetime, endorsement, serviceurl), for a good token and a forged one.
/// </summary>
[MemoryDiagnoser]
public class TokenValidationBenchmarks
{
    private const string AppId = "9c2f7d1e-8b3a-4c5d-9e6f-0a1b2c3d4e5f";
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private readonly Activity activity = new()
    {
        Type = "message", Id = "1", ChannelId = "msteams", ServiceUrl = ServiceUrl, Conversation = new ConversationAccount { Id = "a:1" },
    };

    private ActivityAuthenticator authenticator = null!;
    private string valid = null!;
    private string forged = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var published = RSA.Create(2048);
        var key = new RsaSecurityKey(published.ExportParameters(true)) { KeyId = "bf-key-1" };
        var other = new RsaSecurityKey(RSA.Create(2048)) { KeyId = "bf-key-1" };
        var options = Options.Create(new TeamsOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "x" });
        var keys = new SigningKeyCache(new DocumentsFactory(Jwks(published.ExportParameters(false))), options, TimeProvider.System, NullLogger<SigningKeyCache>.Instance);
        authenticator = new ActivityAuthenticator(keys, options, TimeProvider.System, NullLogger<ActivityAuthenticator>.Instance);
        valid = Mint(key);
        forged = Mint(other);
        if (!Valid().AsTask().GetAwaiter().GetResult() || Forged().AsTask().GetAwaiter().GetResult())
        {
            throw new InvalidOperationException("The benchmark's tokens do not behave as intended.");
        }
    }

    [Benchmark(Baseline = true)]
    public ValueTask<bool> Valid() => authenticator.AuthenticateAsync(valid, activity, CancellationToken.None);

    [Benchmark]
    public ValueTask<bool> Forged() => authenticator.AuthenticateAsync(forged, activity, CancellationToken.None);

    private static string Mint(SecurityKey key) => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = "https://api.botframework.com",
        Audience = AppId,
        Expires = DateTime.UtcNow.AddDays(1),
        Subject = new ClaimsIdentity([new Claim("serviceurl", ServiceUrl)]),
        SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
    });

    private static string Jwks(RSAParameters key) => JsonSerializer.Serialize(new
    {
        keys = new[]
        {
            new { kty = "RSA", use = "sig", kid = "bf-key-1", n = Base64UrlEncoder.Encode(key.Modulus), e = Base64UrlEncoder.Encode(key.Exponent), endorsements = new[] { "msteams" } },
        },
    });

    /// <summary>Serves the metadata and JWKS from memory: the benchmark measures validation, not the network.</summary>
    private sealed class DocumentsFactory(string jwks) : IHttpClientFactory
    {
        public HttpClient CreateClient(string name) => new(new Documents(jwks));
    }

    private sealed class Documents(string jwks) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent(
                    request.RequestUri!.AbsolutePath.EndsWith("keys", StringComparison.Ordinal)
                        ? jwks
                        : "{\"issuer\":\"https://api.botframework.com\",\"jwks_uri\":\"https://login.botframework.com/v1/.well-known/keys\"}",
                    Encoding.UTF8,
                    "application/json"),
            });
    }
}
