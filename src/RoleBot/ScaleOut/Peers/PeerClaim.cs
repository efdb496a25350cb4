namespace RoleBot.ScaleOut.Peers;

/// <summary>The body of <c>POST /internal/claims</c>: claim or release <paramref name="Id"/> in the owner's memory.</summary>
internal sealed record PeerClaim(string Id, string Operation)
{
    public const string Claim = "claim";
    public const string Release = "release";

    /// <summary>Event ids are about a dozen characters, command signatures under a hundred.</summary>
    public const int MaxIdLength = 256;

    public bool IsValid =>
        !string.IsNullOrEmpty(Id) && Id.Length <= MaxIdLength && Operation is Claim or Release;
}
