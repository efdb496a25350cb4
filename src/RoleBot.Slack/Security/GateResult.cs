using Microsoft.AspNetCore.Http;

namespace RoleBot.Slack.Security;

/// <summary>A request that passed the gate (its verified raw body), or the response that ends it there (a refusal, or the ssl_check answer).</summary>
internal sealed record GateResult(ReadOnlyMemory<byte> Body, IResult? Response)
{
    public static GateResult Stop(IResult response) => new(ReadOnlyMemory<byte>.Empty, response);
}
