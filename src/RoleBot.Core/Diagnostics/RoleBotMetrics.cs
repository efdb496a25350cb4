using System.Diagnostics;
using System.Diagnostics.Metrics;
using RoleBot.Core.Answers;

namespace RoleBot.Core.Diagnostics;

/// <summary>
/// RoleBot's instruments, shared by the core and every channel so one exporter (the host's /metrics) sees them all.
/// Names follow OpenTelemetry conventions; the Prometheus exporter turns dots into underscores.
/// </summary>
public sealed class RoleBotMetrics : IDisposable
{
    public const string MeterName = "RoleBot";

    private readonly Meter meter;
    private readonly Counter<long> questions;
    private readonly Histogram<double> answerDuration;
    private readonly Counter<long> refused;
    private readonly Counter<long> outboundFailures;
    private readonly Counter<long> learningFailures;
    private readonly Counter<long> knowledgeReloads;
    private readonly Counter<long> sharedStateFallbacks;
    private readonly Counter<long> sharedStateTimeouts;

    public RoleBotMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        meter = meterFactory.Create(MeterName);
        questions = meter.CreateCounter<long>("rolebot.questions", "{question}", "Questions answered or declined, by intent and channel.");
        answerDuration = meter.CreateHistogram<double>("rolebot.answer.duration", "s", "Time from question to answer inside the dialog.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1] });
        refused = meter.CreateCounter<long>("rolebot.requests.refused", "{request}", "Inbound requests refused before any processing, by channel and reason.");
        outboundFailures = meter.CreateCounter<long>("rolebot.outbound.failures", "{call}", "Calls to Slack or the Bot Connector that failed after retries, by channel and operation.");
        learningFailures = meter.CreateCounter<long>("rolebot.learning.failures", "{record}", "Feedback or declined questions that could not be written to the learning database, by kind.");
        knowledgeReloads = meter.CreateCounter<long>("rolebot.knowledge.reloads", "{reload}", "Knowledge base reloads after its files changed, by outcome (loaded or rejected).");
        sharedStateFallbacks = meter.CreateCounter<long>("rolebot.redis.fallbacks", "{operation}", "Shared-state operations served from this instance's memory because Redis was down, by operation.");
        sharedStateTimeouts = meter.CreateCounter<long>("rolebot.redis.timeouts", "{operation}", "Shared-state operations that waited a whole Redis operation timeout before falling back, by operation.");
    }

    public void QuestionAnswered(string channel, Answer answer, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var tags = new TagList
        {
            { "channel", channel },
            { "intent", IntentNames.Of(answer.Intent) },
            { "outcome", answer.Answered ? "answered" : "declined" },
        };
        questions.Add(1, tags);
        answerDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("channel", channel));
    }

    /// <summary>An inbound request turned away: bad signature, stale timestamp, invalid token, too large, malformed, rate limited.</summary>
    public void RequestRefused(string channel, string reason) =>
        refused.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("reason", reason));

    /// <summary>An outbound call (chat.postMessage, response_url, Bot Connector reply, token request) that failed for good.</summary>
    public void OutboundFailed(string channel, string operation) =>
        outboundFailures.Add(1, new KeyValuePair<string, object?>("channel", channel), new KeyValuePair<string, object?>("operation", operation));

    /// <summary>A learning record (declined, helpful, not_helpful) lost because the database could not be written.</summary>
    public void LearningWriteFailed(string kind) =>
        learningFailures.Add(1, new KeyValuePair<string, object?>("kind", kind));

    /// <summary>The knowledge folder changed: <paramref name="loaded"/> is false when the new files were invalid and the old ones kept serving.</summary>
    public void KnowledgeReloaded(bool loaded) =>
        knowledgeReloads.Add(1, new KeyValuePair<string, object?>("outcome", loaded ? "loaded" : "rejected"));

    /// <summary>Redis was down, so <paramref name="operation"/> (conversation.read, slack.claim, …) used this instance's memory.</summary>
    public void SharedStateFellBack(string operation) =>
        sharedStateFallbacks.Add(1, new KeyValuePair<string, object?>("operation", operation));

    /// <summary><paramref name="operation"/> waited a whole Redis operation timeout: what a request pays before the circuit opens.</summary>
    public void SharedStateTimedOut(string operation) =>
        sharedStateTimeouts.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void Dispose() => meter.Dispose();
}
