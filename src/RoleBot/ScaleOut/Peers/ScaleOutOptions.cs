namespace RoleBot.ScaleOut.Peers;

/// <summary>
/// The <c>ScaleOut</c> section: the instances that share Slack claims with this one. Empty by default, which keeps claims
/// in Redis (or memory) only. With peers, every claim is also decided by the one instance that owns its id, so copies of
/// an event reaching different instances are answered once even while Redis is down or reachable from only some of them.
/// </summary>
public sealed class ScaleOutOptions
{
    public const string SectionName = "ScaleOut";

    /// <summary>This instance's base URL exactly as the others list it: every instance must see the same set of URLs.</summary>
    public string? SelfUrl { get; set; }

    /// <summary>The other instances' base URLs; this instance's own may be listed too, so every instance can be given one list.</summary>
    public IList<string> PeerUrls { get; } = [];

    /// <summary>The shared secret that signs claims between instances. Never logged.</summary>
    public string? PeerKey { get; set; }

    /// <summary>
    /// Longest wait for an owner's answer before the claim is made in this instance's memory. Short, because a Slack event is
    /// acknowledged only after its claim and Slack allows 3 s; an instance in the same network answers in a millisecond or two.
    /// </summary>
    public TimeSpan PeerTimeout { get; set; } = TimeSpan.FromMilliseconds(300);

    public bool HasPeers => PeerUrls.Count > 0;
}
