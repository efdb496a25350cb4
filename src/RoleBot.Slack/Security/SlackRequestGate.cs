using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using RoleBot.Slack.Diagnostics;

namespace RoleBot.Slack.Security;

/// <summary>
/// What every Slack request passes before anything else looks at it: size limit, then the signature over the raw bytes.
/// The one exception is Slack's <c>ssl_check=1</c> probe for slash commands, which is answered 200 and never processed.
/// </summary>
internal sealed class SlackRequestGate(SlackSignatureVerifier verifier, SlackMetrics metrics, ILogger<SlackRequestGate> logger)
{
    public const string SignatureHeader = "X-Slack-Signature";
    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private static readonly byte[] SslCheck = "ssl_check=1"u8.ToArray();

    public async Task<GateResult> OpenAsync(HttpContext context, bool answersSslCheck)
    {
        var request = context.Request;
        var body = await SlackRequestBody.ReadAsync(request, context.RequestAborted);
        if (body is not { } raw)
        {
            return Refuse(context, "too_large", Results.StatusCode(StatusCodes.Status413PayloadTooLarge));
        }

        if (answersSslCheck && IsSslCheck(raw.Span))
        {
            SlackLog.SslCheck(logger);
            return GateResult.Stop(Results.Ok());
        }

        var check = verifier.Verify(raw.Span, request.Headers[TimestampHeader], request.Headers[SignatureHeader]);
        return check switch
        {
            SignatureCheck.Valid => new GateResult(raw, null),
            SignatureCheck.Unsigned => Refuse(context, "unsigned", Results.Unauthorized()),
            SignatureCheck.MalformedTimestamp => Refuse(context, "malformed_timestamp", Results.Unauthorized()),
            SignatureCheck.Stale => Refuse(context, "stale_timestamp", Results.Unauthorized()),
            _ => Refuse(context, "signature_mismatch", Results.Unauthorized()),
        };
    }

    /// <summary>Logs and counts a signed request that cannot be understood, and answers 400.</summary>
    public IResult Malformed(HttpContext context, string reason)
    {
        SlackLog.Malformed(logger, context.Request.Path, reason);
        metrics.Refused(reason);
        return Results.BadRequest();
    }

    /// <summary>Logs and counts a validly signed copy of a request already accepted, and answers 401 like any other bad signature.</summary>
    public IResult Replayed(HttpContext context)
    {
        SlackLog.Refused(logger, context.Request.Path, "replayed");
        metrics.Refused("replayed");
        return Results.Unauthorized();
    }

    private GateResult Refuse(HttpContext context, string reason, IResult result)
    {
        SlackLog.Refused(logger, context.Request.Path, reason);
        metrics.Refused(reason);
        return GateResult.Stop(result);
    }

    /// <summary>True for a form body that has the field <c>ssl_check=1</c>.</summary>
    private static bool IsSslCheck(ReadOnlySpan<byte> body)
    {
        var at = body.IndexOf(SslCheck);
        while (at >= 0)
        {
            var end = at + SslCheck.Length;
            if ((at == 0 || body[at - 1] == (byte)'&') && (end == body.Length || body[end] == (byte)'&'))
            {
                return true;
            }

            var next = body[(at + 1)..].IndexOf(SslCheck);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }
}
