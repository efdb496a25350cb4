using System.ComponentModel.DataAnnotations;

namespace RoleBot.ScaleOut;

/// <summary>
/// The <c>Redis</c> section. Empty by default: one instance keeps its state in memory. Set <c>Configuration</c>
/// (a StackExchange.Redis configuration string such as <c>redis.internal:6379,password=…</c>) to share conversation
/// state and Slack event de-duplication between instances behind a load balancer.
/// </summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    public string? Configuration { get; set; }

    /// <summary>Prefix of every key, so several deployments can share one Redis.</summary>
    public string InstanceName { get; set; } = "rolebot:";

    /// <summary>How long to wait for a connection; overrides <c>connectTimeout</c> in <see cref="Configuration"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:30")]
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long one command may take before Redis counts as down. Short, because every answer waits for it: a loopback or
    /// same-zone Redis answers in well under a millisecond.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:00:10")]
    public TimeSpan OperationTimeout { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How often, while Redis is down, a background ping checks whether it is back.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan ProbeInterval { get; set; } = TimeSpan.FromSeconds(1);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
