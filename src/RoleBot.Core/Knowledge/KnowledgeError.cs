namespace RoleBot.Core.Knowledge;

/// <summary>One problem in the knowledge files: which file, which field (a path such as <c>responsibilities[3].owner</c>), what is wrong.</summary>
public sealed record KnowledgeError(string File, string Field, string Message)
{
    public override string ToString() => $"{File}: {Field}: {Message}";
}
