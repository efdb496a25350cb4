namespace RoleBot.Core.Knowledge;

/// <summary>A pointer into one of the source documents: which document and which section.</summary>
public sealed class SourceRef
{
    /// <summary>The id of an entry in <c>sources.yml</c>.</summary>
    public string Doc { get; set; } = "";
    public string Section { get; set; } = "";
}
