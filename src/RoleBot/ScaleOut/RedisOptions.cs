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

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
