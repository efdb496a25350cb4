using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace RoleBot.ScaleOut.Peers;

/// <summary>
/// Signs and checks claims between instances: HMAC-SHA256 keyed with <c>ScaleOut:PeerKey</c> over
/// <c>v1:{unix seconds}:{body}</c>, compared in constant time, with timestamps more than <see cref="MaxAge"/> away refused.
/// </summary>
internal sealed class PeerSigner
{
    public const string TimestampHeader = "X-RoleBot-Peer-Timestamp";
    public const string SignatureHeader = "X-RoleBot-Peer-Signature";

    /// <summary>
    /// Instances of one deployment share a clock within a second or so, and a claim is sent the moment it is signed; a short
    /// age leaves little time to replay a captured release.
    /// </summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);

    private const string Prefix = "v1=";

    private readonly byte[] key;
    private readonly TimeProvider time;

    public PeerSigner(IOptions<ScaleOutOptions> options, TimeProvider time)
    {
        key = Encoding.UTF8.GetBytes(options.Value.PeerKey ?? "");
        this.time = time;
    }

    public (string Timestamp, string Signature) Sign(ReadOnlySpan<byte> body)
    {
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return (timestamp, Prefix + Convert.ToHexStringLower(Mac(timestamp, body)));
    }

    /// <summary>Headers first, so a stale or unsigned request is refused before its body is read.</summary>
    public PeerSignatureCheck CheckTimestamp(string? timestamp, string? signature)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return PeerSignatureCheck.Unsigned;
        }

        // At most 12 digits keeps the subtraction far from overflow and refuses anything odd.
        return timestamp.Length <= 12 && long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            && Math.Abs(time.GetUtcNow().ToUnixTimeSeconds() - seconds) <= (long)MaxAge.TotalSeconds
                ? PeerSignatureCheck.Valid
                : PeerSignatureCheck.Stale;
    }

    public PeerSignatureCheck Verify(ReadOnlySpan<byte> body, string? timestamp, string? signature)
    {
        var fresh = CheckTimestamp(timestamp, signature);
        if (fresh != PeerSignatureCheck.Valid)
        {
            return fresh;
        }

        Span<byte> given = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var valid = signature!.StartsWith(Prefix, StringComparison.Ordinal)
            && signature.Length == Prefix.Length + (2 * HMACSHA256.HashSizeInBytes)
            && Convert.FromHexString(signature.AsSpan(Prefix.Length), given, out _, out _) == System.Buffers.OperationStatus.Done
            && CryptographicOperations.FixedTimeEquals(Mac(timestamp!, body), given);
        return valid ? PeerSignatureCheck.Valid : PeerSignatureCheck.Mismatch;
    }

    private byte[] Mac(string timestamp, ReadOnlySpan<byte> body)
    {
        var signed = new byte[3 + timestamp.Length + 1 + body.Length];
        "v1:"u8.CopyTo(signed);
        Encoding.ASCII.GetBytes(timestamp, signed.AsSpan(3));
        signed[3 + timestamp.Length] = (byte)':';
        body.CopyTo(signed.AsSpan(4 + timestamp.Length));
        return HMACSHA256.HashData(key, signed);
    }
}
