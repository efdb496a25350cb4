namespace RoleBot.Core.Ingest;

/// <summary>Knowledge-base entries drafted from a document, each with the line it came from, for a person to review.</summary>
public sealed record IngestDraft(
    string Document,
    IReadOnlyList<DraftResponsibility> Responsibilities,
    IReadOnlyList<DraftStatistic> Statistics,
    IReadOnlyList<DraftComparison> Comparisons);

/// <summary>A bullet under a heading that names a role.</summary>
public sealed record DraftResponsibility(string Name, string Owner, string Section, int Line);

/// <summary>A percentage found in a sentence.</summary>
public sealed record DraftStatistic(string Value, string? Qualifier, string? Population, string Sentence, string Section, int Line);

/// <summary>A table row that sets the two roles side by side.</summary>
public sealed record DraftComparison(string Aspect, string Cio, string Ciso, string Section, int Line);
