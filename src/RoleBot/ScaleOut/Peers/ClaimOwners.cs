using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace RoleBot.ScaleOut.Peers;

/// <summary>
/// Which instance decides the claim of an id: rendezvous (highest-random-weight) hashing over this instance and its
/// peers. Every instance given the same set of URLs picks the same owner for an id, whatever order it lists them in, and
/// losing one instance moves only the ids it owned.
/// </summary>
internal sealed class ClaimOwners
{
    private readonly string[] members;

    public ClaimOwners(string selfUrl, IEnumerable<string> peerUrls)
    {
        Self = Normalize(selfUrl);
        members = [.. peerUrls.Select(Normalize).Append(Self).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>This instance's base URL, normalised as in <see cref="Members"/>.</summary>
    public string Self { get; }

    /// <summary>Every instance's base URL, normalised (no trailing slash, lower-case scheme and host).</summary>
    public IReadOnlyList<string> Members => members;

    /// <summary>The base URL of the instance that owns <paramref name="id"/>; <see cref="Self"/> when it is this one.</summary>
    public string OwnerOf(string id)
    {
        var owner = members[0];
        var highest = Weight(owner, id);
        foreach (var member in members.AsSpan(1))
        {
            // Members are sorted, so a tie (one in 2^64) goes to the same member everywhere.
            var weight = Weight(member, id);
            if (weight > highest)
            {
                (owner, highest) = (member, weight);
            }
        }

        return owner;
    }

    public static string Normalize(string url) => new Uri(url, UriKind.Absolute).AbsoluteUri.TrimEnd('/');

    /// <summary>
    /// A hash every process computes alike (string.GetHashCode is randomised per process). SHA-256 is more than needed but
    /// is in the framework and costs well under a microsecond for these few bytes.
    /// </summary>
    private static ulong Weight(string member, string id)
    {
        var input = Encoding.UTF8.GetBytes(member + "\n" + id);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(input, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
