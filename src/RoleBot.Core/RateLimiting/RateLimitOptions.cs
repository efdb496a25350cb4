namespace RoleBot.Core.RateLimiting;

/// <summary>The <c>RateLimiting</c> section: how many questions one person may ask per window, on every chat channel.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Questions one person may ask in one <see cref="Window"/>; generous, since a person types slower than this.</summary>
    public int PermitLimit { get; set; } = 30;

    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
