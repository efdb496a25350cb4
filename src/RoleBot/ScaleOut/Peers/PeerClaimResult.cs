namespace RoleBot.ScaleOut.Peers;

/// <summary>The owner's answer to a claim: true when this was the first claim of the id within the dedupe window.</summary>
internal sealed record PeerClaimResult(bool Won);
