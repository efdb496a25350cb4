namespace RoleBot.Core.Knowledge;

/// <summary>A knowledge file after YAML parsing, before cross-file validation.</summary>
internal sealed record ParsedKnowledgeFile(string Name, KnowledgeFiles Content);
