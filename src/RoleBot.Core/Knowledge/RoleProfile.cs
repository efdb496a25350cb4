namespace RoleBot.Core.Knowledge;

/// <summary>Everything the documents say about one role, in RoleBot's own words.</summary>
public sealed class RoleProfile
{
    /// <summary>CIO or CISO.</summary>
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string Summary { get; set; } = "";
    public string Focus { get; set; } = "";
    public string Scope { get; set; } = "";
    public string RiskAppetite { get; set; } = "";
    public string DataView { get; set; } = "";
    public List<string> Metrics { get; set; } = [];
    public string ReportingLines { get; set; } = "";
    public List<string> Stakeholders { get; set; } = [];
    public List<string> DailyPriorities { get; set; } = [];
    public string IncidentRole { get; set; } = "";
    public string CareerPath { get; set; } = "";
    public List<string> Statistics { get; set; } = [];
    public List<SourceRef> Sources { get; set; } = [];
}
