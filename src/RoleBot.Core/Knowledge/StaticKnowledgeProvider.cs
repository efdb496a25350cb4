namespace RoleBot.Core.Knowledge;

/// <summary>A knowledge base loaded once.</summary>
public sealed class StaticKnowledgeProvider(KnowledgeSnapshot snapshot) : IKnowledgeProvider
{
    public KnowledgeSnapshot Current { get; } = snapshot;
}
