using System.Diagnostics.Metrics;

namespace RoleBot.Slack.Diagnostics;

/// <summary>Socket Mode's instruments: connections open, reconnects by reason, envelopes by type, and how long each ack took.</summary>
internal sealed class SocketModeMetrics
{
    private readonly Counter<long> reconnects;
    private readonly Counter<long> envelopes;
    private readonly Histogram<double> ackDuration;

    public SocketModeMetrics(IMeterFactory meterFactory, SlackTransportStatus status)
    {
        var meter = meterFactory.Create(SlackMetrics.MeterName);
        meter.CreateObservableGauge("rolebot.slack.socket.connections", () => status.SocketConnectionsOpen, "{connection}", "Socket Mode connections open.");
        reconnects = meter.CreateCounter<long>("rolebot.slack.socket.reconnects", "{reconnect}", "Socket Mode connections replaced, by why: Slack asked (its disconnect reason) or the socket dropped.");
        envelopes = meter.CreateCounter<long>("rolebot.slack.socket.envelopes", "{envelope}", "Socket Mode envelopes received, by type.");
        ackDuration = meter.CreateHistogram<double>("rolebot.slack.socket.ack.duration", "s", "From an envelope's arrival to its ack being sent.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5, 1, 2.5] });
    }

    /// <param name="reason">The reason of Slack's <c>disconnect</c> (<c>refresh_requested</c>, <c>warning</c>), or <c>dropped</c>.</param>
    public void Reconnect(string reason) => reconnects.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Envelope(string type) => envelopes.Add(1, new KeyValuePair<string, object?>("type", type));

    public void Acknowledged(string type, TimeSpan elapsed) => ackDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("type", type));
}
