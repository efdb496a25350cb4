using RoleBot.Tests.Operations;

namespace RoleBot.Tests.ScaleOut.Peers;

/// <summary>Peer settings are checked when the host starts, naming the key to fix and never echoing the secret.</summary>
public sealed class ScaleOutOptionsTests
{
    [Fact]
    public void Peers_with_a_short_key_stop_start_up_naming_the_setting_but_not_the_key()
    {
        using var host = new OperationsHost(("ScaleOut:SelfUrl", "http://10.0.0.1:8080"), ("ScaleOut:PeerUrls:0", "http://10.0.0.2:8080"), ("ScaleOut:PeerKey", "hunter2"));

        var e = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("ScaleOut:PeerKey must be a shared secret of at least 16 characters", e.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Peers_without_this_instances_own_url_stop_start_up()
    {
        using var host = new OperationsHost(("ScaleOut:PeerUrls:0", "http://10.0.0.2:8080"), ("ScaleOut:PeerKey", PeerInstance.PeerKey));

        var e = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("ScaleOut:SelfUrl must be this instance's absolute http(s) base URL", e.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_peer_timeout_too_long_for_a_slack_ack_stops_start_up()
    {
        using var host = new OperationsHost([.. PeerInstance.Peers(8080, 8081), ("ScaleOut:PeerTimeout", "00:00:05")]);

        var e = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("ScaleOut:PeerTimeout must be between", e.ToString(), StringComparison.Ordinal);
    }
}
