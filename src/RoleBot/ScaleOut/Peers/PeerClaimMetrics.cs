using System.Diagnostics.Metrics;
using RoleBot.Core.Diagnostics;

namespace RoleBot.ScaleOut.Peers;

/// <summary>Claims sent to their owner instance and the calls that failed, so a peer outage shows as more than one log line.</summary>
internal sealed class PeerClaimMetrics
{
    public const string MeterName = RoleBotMetrics.MeterName + ".ScaleOut";

    private readonly Counter<long> claims;
    private readonly Counter<long> failures;

    public PeerClaimMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        claims = meter.CreateCounter<long>("rolebot.peer.claims", "{claim}", "Claims and releases sent to the instance owning the id, by operation and outcome (won, lost, released, failed).");
        failures = meter.CreateCounter<long>("rolebot.peer.failures", "{call}", "Calls to an owner instance that failed, so the claim was made in this instance's memory, by reason.");
    }

    public void Sent(string operation, string outcome) =>
        claims.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("outcome", outcome));

    public void Failed(string operation, string reason)
    {
        Sent(operation, "failed");
        failures.Add(1, new KeyValuePair<string, object?>("operation", operation), new KeyValuePair<string, object?>("reason", reason));
    }
}
