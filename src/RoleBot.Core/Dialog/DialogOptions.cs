using System.ComponentModel.DataAnnotations;

namespace RoleBot.Core.Dialog;

/// <summary>The <c>Dialog</c> section.</summary>
public sealed class DialogOptions
{
    public const string SectionName = "Dialog";

    /// <summary>
    /// Below this confidence RoleBot says it does not know instead of naming an owner. 0.35 is where answers stopped
    /// being right on the labelled sets: every answer from 0.3 up to 0.5 was correct, none from 0.2 to 0.3 was.
    /// </summary>
    [Range(0.05, 0.95)]
    public double ConfidenceThreshold { get; set; } = 0.35;

    /// <summary>How long a conversation is remembered after its last question.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan ConversationIdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
