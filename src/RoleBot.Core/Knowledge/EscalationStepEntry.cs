namespace RoleBot.Core.Knowledge;

/// <summary>One step of a playbook or of a responsibility's escalation note.</summary>
public sealed class EscalationStepEntry
{
    /// <summary>CIO, CISO, Legal, Compliance, Regulators, Board, CEO, Executives, Communications, Vendor, Staff, Helpdesk, HR.</summary>
    public string Role { get; set; } = "";
    public string Action { get; set; } = "";
}
