namespace RoleBot.Core.Knowledge;

/// <summary>The knowledge files as read, before validation.</summary>
public sealed class KnowledgeFiles
{
    public List<SourceDocument> Sources { get; set; } = [];
    public List<RoleProfile> Roles { get; set; } = [];
    public List<Responsibility> Responsibilities { get; set; } = [];
    public List<Statistic> Statistics { get; set; } = [];
    public List<Playbook> Playbooks { get; set; } = [];
    public List<Comparison> Comparisons { get; set; } = [];
    public List<Topic> Topics { get; set; } = [];
    public List<Synonym> Synonyms { get; set; } = [];
}
