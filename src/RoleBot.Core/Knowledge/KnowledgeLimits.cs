using System.ComponentModel.DataAnnotations;

namespace RoleBot.Core.Knowledge;

/// <summary>
/// How large a knowledge base may be (keys <c>Knowledge:MaxFileBytes</c>, <c>Knowledge:MaxTotalBytes</c>,
/// <c>Knowledge:MaxEntries</c>). Checked before anything is parsed, so an oversized edit costs a file listing and one
/// streaming pass, not the gigabyte that deserialising and validating it would. The defaults are far above the real
/// knowledge base (under 1 MB and a few hundred entries) to leave room for new files and languages.
/// </summary>
public sealed class KnowledgeLimits
{
    /// <summary>At most this many errors are logged for a refused edit; the rest are counted.</summary>
    public const int MaxReportedErrors = 50;

    [Range(1024, int.MaxValue)]
    public long MaxFileBytes { get; set; } = 4 * 1024 * 1024;

    [Range(1024, long.MaxValue)]
    public long MaxTotalBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Items of every top-level list (responsibilities, figures, synonyms, …) across all files.</summary>
    [Range(1, int.MaxValue)]
    public int MaxEntries { get; set; } = 50_000;
}
