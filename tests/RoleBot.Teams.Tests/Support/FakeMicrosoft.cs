using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace RoleBot.Teams.Tests.Support;

/// <summary>
/// Stands in for Microsoft's servers at the bottom of RoleBot's real HttpClient pipelines (resilience included):
/// login.botframework.com's OpenID metadata and JWKS (with the tests' own keys), Entra ID's token endpoint, and the
/// Bot Connector at any other host. Records every request; the connector answers from a script, then 201.
/// </summary>
public sealed class FakeMicrosoft : HttpMessageHandler
{
    public const string MetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string KeysUrl = "https://login.botframework.com/v1/.well-known/keys";
    public const string TokenUrl = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";
    public const string AccessToken = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.outbound-token.sig";

    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> connectorScript = new();
    private readonly SemaphoreSlim arrived = new(0);
    private volatile IReadOnlyList<TestSigningKey> published;

    public FakeMicrosoft(params TestSigningKey[] keys) => published = keys;

    public bool MetadataDown { get; set; }

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public IReadOnlyList<RecordedRequest> ConnectorRequests => [.. requests.Where(r => !r.Url.Host.StartsWith("login.", StringComparison.Ordinal))];

    public IReadOnlyList<RecordedRequest> TokenRequests => [.. requests.Where(r => IsTokenEndpoint(r.Url))];

    public IReadOnlyList<RecordedRequest> KeyRequests => [.. requests.Where(r => r.Url.AbsoluteUri == KeysUrl)];

    /// <summary>Replaces the keys the JWKS document publishes (key rotation).</summary>
    public void Publish(params TestSigningKey[] keys) => published = keys;

    /// <summary>Answers the next connector request with <paramref name="response"/> instead of 201.</summary>
    public void ThenConnector(Func<HttpResponseMessage> response) => connectorScript.Enqueue(response);

    /// <summary>Waits until at least <paramref name="count"/> connector requests have arrived, and returns them.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForConnectorAsync(int count)
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (ConnectorRequests.Count < count)
        {
            try
            {
                await arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Expected {count} requests to the Bot Connector, got {ConnectorRequests.Count}.");
            }
        }

        return ConnectorRequests;
    }

    /// <summary>Gives queued work time to (wrongly) reach the connector, then says how many requests did.</summary>
    public async Task<int> ConnectorCountAfterSettlingAsync()
    {
        await Task.Delay(300);
        return ConnectorRequests.Count;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization, request.Content?.Headers.ContentType?.ToString(), body));
        arrived.Release();
        var url = request.RequestUri!.AbsoluteUri;
        return url switch
        {
            MetadataUrl when MetadataDown => new HttpResponseMessage(HttpStatusCode.ServiceUnavailable),
            MetadataUrl => Json(new { issuer = BotConnectorTokens.Issuer, jwks_uri = KeysUrl, id_token_signing_alg_values_supported = new[] { "RS256" } }),
            KeysUrl => Json(new { keys = published.Select(k => k.Jwk()) }),
            _ when IsTokenEndpoint(request.RequestUri) => Json(new { token_type = "Bearer", expires_in = 3599, ext_expires_in = 3599, access_token = AccessToken }),
            _ when connectorScript.TryDequeue(out var next) => next(),
            _ => Json(new { id = "1700000000000" }, HttpStatusCode.Created),
        };
    }

    /// <summary>Entra ID's v2 token endpoint for any tenant: botframework.com for multi-tenant bots, the app's own otherwise.</summary>
    private static bool IsTokenEndpoint(Uri url) =>
        url.Host == "login.microsoftonline.com" && url.AbsolutePath.EndsWith("/oauth2/v2.0/token", StringComparison.Ordinal);

    private static HttpResponseMessage Json(object value, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(value), Encoding.UTF8, "application/json") };
}
