namespace RoleBot.Core.Knowledge;

/// <summary>One aspect on which the two roles differ, as the documents' tables set them side by side.</summary>
public sealed class Comparison
{
    public string Id { get; set; } = "";
    public string Aspect { get; set; } = "";
    public string Cio { get; set; } = "";
    public string Ciso { get; set; } = "";
    public List<string> Keywords { get; set; } = [];
    public List<string> Statistics { get; set; } = [];
    public List<SourceRef> Sources { get; set; } = [];
}
