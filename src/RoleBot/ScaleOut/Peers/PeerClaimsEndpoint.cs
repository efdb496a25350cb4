using System.Text.Json;
using RoleBot.Core.Diagnostics;
using RoleBot.Slack.Dedup;

namespace RoleBot.ScaleOut.Peers;

/// <summary>
/// <c>POST /internal/claims</c>: another instance asks this one, the owner of an id, to claim or release it in memory.
/// Signature and age are checked before the body is read; anything unsigned, stale or forged gets 401 and changes nothing.
/// </summary>
internal sealed class PeerClaimsEndpoint(
    PeerSigner signer,
    [FromKeyedServices(ScaleOutKeys.Local)] IEventDeduplicator local,
    RoleBotMetrics metrics,
    ILogger<PeerClaimsEndpoint> logger)
{
    /// <summary>A claim is under 400 bytes; nothing bigger is buffered.</summary>
    public const int MaxBodyBytes = 4096;

    private const string Channel = "peer";

    public async Task<IResult> HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var timestamp = request.Headers[PeerSigner.TimestampHeader].ToString();
        var signature = request.Headers[PeerSigner.SignatureHeader].ToString();
        var fresh = signer.CheckTimestamp(timestamp, signature);
        if (fresh != PeerSignatureCheck.Valid)
        {
            return Refused(fresh.ToString().ToLowerInvariant(), StatusCodes.Status401Unauthorized);
        }

        if (request.ContentLength is not (> 0 and <= MaxBodyBytes) || await ReadAsync(request, (int)request.ContentLength, context.RequestAborted) is not { } body)
        {
            return Refused("too_large", StatusCodes.Status413PayloadTooLarge);
        }

        var check = signer.Verify(body, timestamp, signature);
        if (check != PeerSignatureCheck.Valid)
        {
            return Refused(check.ToString().ToLowerInvariant(), StatusCodes.Status401Unauthorized);
        }

        if (Parse(body) is not { IsValid: true } claim)
        {
            return Refused("malformed", StatusCodes.Status400BadRequest);
        }

        if (claim.Operation == PeerClaim.Release)
        {
            await local.ReleaseAsync(claim.Id, context.RequestAborted);
            return Results.NoContent();
        }

        var won = await local.TryClaimAsync(claim.Id, context.RequestAborted);
        return Results.Json(new PeerClaimResult(won), PeerJsonContext.Default.PeerClaimResult);
    }

    private static PeerClaim? Parse(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize(body, PeerJsonContext.Default.PeerClaim);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Exactly the declared length (the server delivers no more), or null when the body was shorter than it said.</summary>
    private static async Task<byte[]?> ReadAsync(HttpRequest request, int length, CancellationToken cancellationToken)
    {
        var body = new byte[length];
        return await request.Body.ReadAtLeastAsync(body, length, throwOnEndOfStream: false, cancellationToken) == length ? body : null;
    }

    private IResult Refused(string reason, int status)
    {
        PeerLog.Refused(logger, reason);
        metrics.RequestRefused(Channel, reason);
        return Results.StatusCode(status);
    }
}
