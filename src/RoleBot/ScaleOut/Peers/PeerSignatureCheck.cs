namespace RoleBot.ScaleOut.Peers;

/// <summary>The outcome of checking a peer request's signature; anything but <see cref="Valid"/> is answered 401.</summary>
internal enum PeerSignatureCheck
{
    Valid,
    Unsigned,
    Stale,
    Mismatch,
}
