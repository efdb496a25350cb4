using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace RoleBot.Slack.Security;

/// <summary>
/// Checks Slack's request signature: HMAC-SHA256 keyed with the signing secret over <c>v0:{timestamp}:{raw body}</c>,
/// compared in constant time, with timestamps more than five minutes from now refused.
/// </summary>
internal sealed class SlackSignatureVerifier
{
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const int HashBytes = 32;

    private readonly byte[] key;
    private readonly TimeProvider time;

    public SlackSignatureVerifier(string signingSecret, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentNullException.ThrowIfNull(time);
        key = Encoding.UTF8.GetBytes(signingSecret);
        this.time = time;
    }

    public SignatureCheck Verify(ReadOnlySpan<byte> body, string? timestamp, string? signature)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Unsigned;
        }

        // At most 12 digits: keeps the subtraction below far from overflow and refuses anything odd.
        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SignatureCheck.MalformedTimestamp;
        }

        var now = time.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - seconds) > (long)MaxClockSkew.TotalSeconds)
        {
            return SignatureCheck.Stale;
        }

        Span<byte> given = stackalloc byte[HashBytes];
        if (!TryParseSignature(signature, given))
        {
            return SignatureCheck.Mismatch;
        }

        Span<byte> expected = stackalloc byte[HashBytes];
        Compute(timestamp, body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given) ? SignatureCheck.Valid : SignatureCheck.Mismatch;
    }

    /// <summary>The <c>v0=…</c> header value for a body, as Slack computes it; tests and load tools sign with it.</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        Span<byte> hash = stackalloc byte[HashBytes];
        new SlackSignatureVerifier(signingSecret, TimeProvider.System).Compute(timestamp, body, hash);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }

    /// <summary>One-shot HMAC over <c>v0:{timestamp}:</c> + body copied into a pooled buffer: no allocation per request.</summary>
    private void Compute(string timestamp, ReadOnlySpan<byte> body, Span<byte> destination)
    {
        var length = Version.Length + timestamp.Length + 2 + body.Length;
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var span = buffer.AsSpan();
            "v0:"u8.CopyTo(span);
            var written = 3 + Encoding.ASCII.GetBytes(timestamp, span[3..]);
            span[written++] = (byte)':';
            body.CopyTo(span[written..]);
            HMACSHA256.HashData(key, buffer.AsSpan(0, length), destination);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryParseSignature(string signature, Span<byte> destination)
    {
        const string prefix = Version + "=";
        if (signature.Length != prefix.Length + (HashBytes * 2) || !signature.StartsWith(prefix, StringComparison.Ordinal))
        {
            return false;
        }

        return Convert.FromHexString(signature.AsSpan(prefix.Length), destination, out _, out var written) == OperationStatus.Done
            && written == HashBytes;
    }
}
