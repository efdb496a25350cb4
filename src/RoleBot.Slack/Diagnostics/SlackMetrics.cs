using System.Diagnostics.Metrics;
using RoleBot.Core.Diagnostics;

namespace RoleBot.Slack.Diagnostics;

/// <summary>Counters for everything the adapter refuses, accepts, answers, fails or drops: nothing is lost without a trace.</summary>
internal sealed class SlackMetrics
{
    public const string MeterName = "RoleBot.Slack";
    private const string Channel = "slack";

    private readonly Counter<long> refused;
    private readonly Counter<long> ignored;
    private readonly Counter<long> duplicates;
    private readonly Counter<long> accepted;
    private readonly Counter<long> completed;
    private readonly Counter<long> failed;
    private readonly Counter<long> dropped;
    private readonly Counter<long> feedback;

    private readonly RoleBotMetrics shared;

    public SlackMetrics(IMeterFactory meterFactory, RoleBotMetrics shared)
    {
        this.shared = shared;
        var meter = meterFactory.Create(MeterName);
        refused = meter.CreateCounter<long>("rolebot.slack.requests.refused", description: "Requests refused before processing (401, 400, 413, 503).");
        ignored = meter.CreateCounter<long>("rolebot.slack.events.ignored", description: "Events acknowledged but not answered (bots, edits, other subtypes).");
        duplicates = meter.CreateCounter<long>("rolebot.slack.events.duplicates", description: "Deliveries of an event_id already accepted.");
        accepted = meter.CreateCounter<long>("rolebot.slack.work.accepted", description: "Work items queued for answering.");
        completed = meter.CreateCounter<long>("rolebot.slack.work.completed", description: "Work items answered.");
        failed = meter.CreateCounter<long>("rolebot.slack.work.failed", description: "Work items that could not be answered.");
        dropped = meter.CreateCounter<long>("rolebot.slack.work.dropped", description: "Queued work items lost at shutdown.");
        feedback = meter.CreateCounter<long>("rolebot.slack.feedback", description: "Helpful / not helpful clicks.");
    }

    /// <summary>Counted here and in RoleBot's shared <c>rolebot.requests.refused</c>.</summary>
    public void Refused(string reason)
    {
        refused.Add(1, new KeyValuePair<string, object?>("reason", reason));
        shared.RequestRefused(Channel, reason);
    }

    public void Ignored(string reason) => ignored.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Duplicate() => duplicates.Add(1);

    public void Accepted(string kind) => accepted.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Completed(string kind) => completed.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>A work item that failed for good; <paramref name="operation"/> also counts in RoleBot's shared outbound failures.</summary>
    public void Failed(string kind, string operation, string error)
    {
        failed.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("error", error));
        shared.OutboundFailed(Channel, operation);
    }

    public void Dropped(string kind) => dropped.Add(1, new KeyValuePair<string, object?>("kind", kind));

    public void Feedback(string verdict) => feedback.Add(1, new KeyValuePair<string, object?>("verdict", verdict));
}
