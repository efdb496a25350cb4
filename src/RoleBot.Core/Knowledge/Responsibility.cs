namespace RoleBot.Core.Knowledge;

/// <summary>One thing somebody owns, with the words people use for it.</summary>
public sealed class Responsibility
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    /// <summary>CIO, CISO or Shared.</summary>
    public string Owner { get; set; } = "";
    /// <summary>Who leads when the documents split the work (for Shared, the role that drives it, if any).</summary>
    public List<string> Lead { get; set; } = [];
    public List<string> Support { get; set; } = [];
    public string Summary { get; set; } = "";
    /// <summary>Phrases people type for this ("pen test", "DR"); matched with more weight than keywords.</summary>
    public List<string> Aliases { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    /// <summary>Ordered steps: who to contact next.</summary>
    public List<EscalationStepEntry> Escalation { get; set; } = [];
    /// <summary>A playbook for when this goes wrong right now, if there is one.</summary>
    public string? Playbook { get; set; }
    public List<SourceRef> Sources { get; set; } = [];
}
