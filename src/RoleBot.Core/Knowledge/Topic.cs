namespace RoleBot.Core.Knowledge;

/// <summary>
/// A theme about both roles together: overlaps, collaboration, conflicts, reporting best practice.
/// </summary>
public sealed class Topic
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    /// <summary>comparison, reporting or role: which intent this topic answers.</summary>
    public string Kind { get; set; } = "comparison";
    public string Summary { get; set; } = "";
    public List<string> Points { get; set; } = [];
    public List<string> Keywords { get; set; } = [];
    public List<string> Statistics { get; set; } = [];
    public List<SourceRef> Sources { get; set; } = [];
}
