namespace RoleBot.Core.Knowledge;

/// <summary>What a reloading provider is serving, and why the last change was refused if it was.</summary>
/// <param name="Origin">The folder the serving knowledge base came from.</param>
/// <param name="LoadedAt">When the serving knowledge base was loaded (UTC).</param>
/// <param name="Reloads">How many times it was replaced since start-up.</param>
/// <param name="RejectedAt">When the files last failed validation; null when the latest files are the ones serving.</param>
/// <param name="Errors">The first problems in the rejected files (file, field, message), at most <see cref="KnowledgeLimits.MaxReportedErrors"/>; empty when none.</param>
/// <param name="MoreErrors">How many further problems were found but not kept.</param>
public sealed record KnowledgeStatus(string Origin, DateTimeOffset LoadedAt, int Reloads, DateTimeOffset? RejectedAt, IReadOnlyList<KnowledgeError> Errors, int MoreErrors = 0);
