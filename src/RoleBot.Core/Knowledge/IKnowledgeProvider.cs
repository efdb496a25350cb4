namespace RoleBot.Core.Knowledge;

/// <summary>Hands out the knowledge currently in force; a reloading provider swaps it atomically.</summary>
public interface IKnowledgeProvider
{
    KnowledgeSnapshot Current { get; }
}
