using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using RoleBot.Tests.Operations;

namespace RoleBot.Tests.ScaleOut.Peers;

/// <summary><c>POST /internal/claims</c> through the real host: only a fresh request signed with the peer key changes anything.</summary>
public sealed class PeerClaimsEndpointTests : IDisposable
{
    private readonly OperationsHost host = new([.. PeerInstance.Peers(PeerInstance.FreePort(), 9)]);
    private readonly HttpClient client;

    public PeerClaimsEndpointTests() => client = host.CreateClient();

    public void Dispose()
    {
        client.Dispose();
        host.Dispose();
    }

    [Fact]
    public async Task A_signed_claim_is_won_once_and_won_again_after_its_release()
    {
        Assert.True(await ClaimAsync("Ev1", "claim"));
        Assert.False(await ClaimAsync("Ev1", "claim"));

        using var released = await SendAsync(Body("Ev1", "release"), DateTimeOffset.UtcNow, PeerInstance.PeerKey);

        Assert.Equal(HttpStatusCode.NoContent, released.StatusCode);
        Assert.True(await ClaimAsync("Ev1", "claim"));
    }

    [Fact]
    public async Task A_claim_signed_with_another_key_is_refused_and_claims_nothing()
    {
        using var forged = await SendAsync(Body("Ev2", "claim"), DateTimeOffset.UtcNow, "another-key-0123456789");

        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal("", await forged.Content.ReadAsStringAsync());
        Assert.True(await ClaimAsync("Ev2", "claim"));
    }

    [Fact]
    public async Task A_claim_whose_body_was_changed_after_signing_is_refused()
    {
        var timestamp = DateTimeOffset.UtcNow;
        using var request = Request(Body("Ev3", "claim"), timestamp, PeerInstance.PeerKey);
        request.Content = new StringContent(Body("Ev3", "release"), Encoding.UTF8, "application/json");

        using var tampered = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
    }

    [Fact]
    public async Task A_correctly_signed_claim_older_than_thirty_seconds_is_refused()
    {
        using var old = await SendAsync(Body("Ev4", "claim"), DateTimeOffset.UtcNow.AddSeconds(-45), PeerInstance.PeerKey);

        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.True(await ClaimAsync("Ev4", "claim"));
    }

    [Fact]
    public async Task An_unsigned_claim_is_refused_and_counted()
    {
        using var unsigned = await client.PostAsync(new Uri("/internal/claims", UriKind.Relative), new StringContent(Body("Ev5", "claim"), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Matches(MetricsEndpointTests.Series("rolebot_requests_refused_total", "channel=\"peer\"", "reason=\"unsigned\""), await client.GetStringAsync(new Uri("/metrics", UriKind.Relative)));
    }

    [Fact]
    public async Task A_signed_body_over_four_kilobytes_is_refused_unread()
    {
        using var large = await SendAsync(Body(new string('x', 5000), "claim"), DateTimeOffset.UtcNow, PeerInstance.PeerKey);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
    }

    [Fact]
    public async Task A_signed_claim_of_an_unknown_operation_is_a_bad_request()
    {
        using var unknown = await SendAsync(Body("Ev6", "forget"), DateTimeOffset.UtcNow, PeerInstance.PeerKey);

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }

    [Fact]
    public async Task Without_peers_the_endpoint_does_not_exist()
    {
        using var alone = new OperationsHost();
        using var aloneClient = alone.CreateClient();

        using var response = await aloneClient.PostAsync(new Uri("/internal/claims", UriKind.Relative), new StringContent(Body("Ev7", "claim")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static string Body(string id, string operation) => JsonSerializer.Serialize(new { id, operation });

    private async Task<bool> ClaimAsync(string id, string operation)
    {
        using var response = await SendAsync(Body(id, operation), DateTimeOffset.UtcNow, PeerInstance.PeerKey);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("won").GetBoolean();
    }

    private async Task<HttpResponseMessage> SendAsync(string body, DateTimeOffset at, string key)
    {
        using var request = Request(body, at, key);
        return await client.SendAsync(request);
    }

    /// <summary>Signed as the README documents it, independently of RoleBot's own signer: HMAC-SHA256 over <c>v1:{unix seconds}:{body}</c>.</summary>
    private static HttpRequestMessage Request(string body, DateTimeOffset at, string key)
    {
        var timestamp = at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes($"v1:{timestamp}:{body}"));
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/internal/claims", UriKind.Relative))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-RoleBot-Peer-Timestamp", timestamp);
        request.Headers.Add("X-RoleBot-Peer-Signature", "v1=" + Convert.ToHexStringLower(mac));
        return request;
    }
}
