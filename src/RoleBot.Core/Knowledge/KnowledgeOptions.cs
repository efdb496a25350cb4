namespace RoleBot.Core.Knowledge;

/// <summary>The <c>Knowledge</c> section.</summary>
public sealed class KnowledgeOptions
{
    public const string SectionName = "Knowledge";

    /// <summary>A folder of knowledge YAML files to serve instead of the copy compiled into RoleBot.</summary>
    public string? Path { get; set; }
}
