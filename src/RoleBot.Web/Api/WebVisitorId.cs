using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace RoleBot.Web.Api;

/// <summary>
/// Web visitors have no account, so their network address stands in for the user id that per-user rate limits
/// are kept by (a conversation id would not do: the caller picks it). The address is hashed with a key that
/// lives only in this process, so the learning log never stores an address.
/// </summary>
internal sealed class WebVisitorId
{
    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    public string For(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, bytes[..written], hash);
        return "visitor-" + Convert.ToHexStringLower(hash[..8]);
    }
}
