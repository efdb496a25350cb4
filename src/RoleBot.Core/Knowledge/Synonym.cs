namespace RoleBot.Core.Knowledge;

/// <summary>
/// Everyday words for something the knowledge base names otherwise: people say "computers" and "weak spots", the
/// entries say "laptops" and "vulnerabilities". A question is searched under both.
/// </summary>
public sealed class Synonym
{
    /// <summary>What people type: words or short phrases.</summary>
    public List<string> Say { get; set; } = [];

    /// <summary>The knowledge base's own words for the same thing.</summary>
    public List<string> Mean { get; set; } = [];
}
