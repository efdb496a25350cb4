namespace RoleBot.Core.Knowledge;

/// <summary>One figure from a source document.</summary>
public sealed class Statistic
{
    public string Id { get; set; } = "";
    /// <summary>Exactly as the document gives it: "64%", "80%".</summary>
    public string Value { get; set; } = "";
    /// <summary>The document's hedge, if any: "about", "around", "more than", "nearly", "over".</summary>
    public string? Qualifier { get; set; }
    /// <summary>What is measured, in RoleBot's words, as a sentence completing "{qualifier} {value} of {population} ...".</summary>
    public string Claim { get; set; } = "";
    /// <summary>CIOs, CISOs, organisations, executives.</summary>
    public string Population { get; set; } = "";
    public List<string> Keywords { get; set; } = [];
    /// <summary>Responsibility ids (or reporting_lines / role ids) this figure backs.</summary>
    public List<string> Supports { get; set; } = [];
    /// <summary>Figures sharing a conflict set disagree across sources and are always shown together.</summary>
    public string? ConflictSet { get; set; }
    public SourceRef Source { get; set; } = new();
}
