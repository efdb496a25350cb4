namespace RoleBot.Core.Knowledge;

/// <summary>A document the knowledge base was built from.</summary>
public sealed class SourceDocument
{
    public string Id { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Publisher { get; set; }
    /// <summary>The file the document came in, for people checking a figure.</summary>
    public string? File { get; set; }
}
