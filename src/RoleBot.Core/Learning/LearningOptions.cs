using System.ComponentModel.DataAnnotations;

namespace RoleBot.Core.Learning;

/// <summary>The <c>Learning</c> section: where feedback and declined questions are kept.</summary>
public sealed class LearningOptions
{
    public const string SectionName = "Learning";
    public const string DefaultDatabasePath = "rolebot-learning.db";

    /// <summary>The SQLite file; relative paths are resolved against the working directory.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = DefaultDatabasePath;

    /// <summary>
    /// Off by default: CLI questions come from people evaluating the knowledge base (often thousands in a
    /// <c>--jsonl</c> run), not from users whose unanswered questions show a gap.
    /// </summary>
    public bool RecordCli { get; set; }
}
