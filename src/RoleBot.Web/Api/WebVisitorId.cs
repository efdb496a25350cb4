using System.Collections.Concurrent;
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
    /// <summary>Addresses whose id is remembered; past this the memory starts again, so a scan of many addresses cannot grow it.</summary>
    internal const int MaxRemembered = 10_000;

    private readonly byte[] key = RandomNumberGenerator.GetBytes(32);

    // An HMAC costs microseconds and the same visitor asks again and again, so each address is hashed once.
    private readonly ConcurrentDictionary<IPAddress, string> remembered = new();

    internal int RememberedCount => remembered.Count;

    public string For(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress ?? IPAddress.None;
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (remembered.TryGetValue(address, out var id))
        {
            return id;
        }

        if (remembered.Count >= MaxRemembered)
        {
            remembered.Clear();
        }

        id = Hash(address);
        remembered.TryAdd(address, id);
        return id;
    }

    private string Hash(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out var written);
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(key, bytes[..written], hash);
        return "visitor-" + Convert.ToHexStringLower(hash[..8]);
    }
}
