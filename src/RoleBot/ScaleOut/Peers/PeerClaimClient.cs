using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace RoleBot.ScaleOut.Peers;

/// <summary>
/// Sends a claim or release to the instance that owns its id and waits at most <c>ScaleOut:PeerTimeout</c>. Answers
/// null when the owner cannot be asked, so the caller decides locally: an answer may be duplicated then, never lost.
/// One warning per peer outage, however many claims it fails.
/// </summary>
internal sealed class PeerClaimClient(
    IHttpClientFactory clients,
    PeerSigner signer,
    PeerClaimMetrics metrics,
    IOptions<ScaleOutOptions> options,
    ILogger<PeerClaimClient> logger)
{
    public const string HttpClientName = "RoleBot.ScaleOut.Peers";
    public const string ClaimsPath = "/internal/claims";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly ConcurrentDictionary<string, bool> unreachable = new(StringComparer.Ordinal);

    /// <summary>The owner's verdict on a claim (for a release, true once done), or null when it could not be asked.</summary>
    public async Task<bool?> SendAsync(string owner, PeerClaim claim, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(claim, PeerJsonContext.Default.PeerClaim);
        var (timestamp, signature) = signer.Sign(body);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(owner + ClaimsPath, UriKind.Absolute))
        {
            Content = new ByteArrayContent(body) { Headers = { ContentType = Json } },
        };
        request.Headers.Add(PeerSigner.TimestampHeader, timestamp);
        request.Headers.Add(PeerSigner.SignatureHeader, signature);

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(options.Value.PeerTimeout);
        try
        {
            using var response = await clients.CreateClient(HttpClientName).SendAsync(request, deadline.Token);
            if (!response.IsSuccessStatusCode)
            {
                // 401 means the instances were given different peer keys (or clocks far apart): a fault to see in the warning.
                return Failed(owner, claim.Operation, response.StatusCode == System.Net.HttpStatusCode.Unauthorized ? "refused" : "status_" + (int)response.StatusCode);
            }

            var won = claim.Operation == PeerClaim.Release
                || (await response.Content.ReadFromJsonAsync(PeerJsonContext.Default.PeerClaimResult, deadline.Token))?.Won == true;
            Answered(owner);
            metrics.Sent(claim.Operation, claim.Operation == PeerClaim.Release ? "released" : won ? "won" : "lost");
            return won;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(owner, claim.Operation, "timeout");
        }
        catch (HttpRequestException)
        {
            return Failed(owner, claim.Operation, "unreachable");
        }
        catch (JsonException)
        {
            return Failed(owner, claim.Operation, "malformed");
        }
    }

    private bool? Failed(string owner, string operation, string reason)
    {
        metrics.Failed(operation, reason);
        if (unreachable.TryAdd(owner, true))
        {
            PeerLog.Unreachable(logger, owner, reason);
        }

        return null;
    }

    private void Answered(string owner)
    {
        if (unreachable.TryRemove(owner, out _))
        {
            PeerLog.Reachable(logger, owner);
        }
    }
}
