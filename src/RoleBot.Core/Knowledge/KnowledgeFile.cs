namespace RoleBot.Core.Knowledge;

/// <summary>One knowledge file's name and its raw YAML text.</summary>
public sealed record KnowledgeFile(string Name, string Yaml);
