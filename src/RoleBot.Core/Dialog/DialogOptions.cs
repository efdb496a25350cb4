using System.ComponentModel.DataAnnotations;

namespace RoleBot.Core.Dialog;

/// <summary>The <c>Dialog</c> section.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialog";

    /// <summary>Below this confidence RoleBot says it does not know instead of naming an owner.</summary>
    [Range(0.05, 0.95)]
    public double ConfidenceThreshold { get; set; } = 0.5;

    /// <summary>How long a conversation is remembered after its last question.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
