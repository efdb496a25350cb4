namespace RoleBot.Core.Knowledge;

/// <summary>Thrown when the knowledge base cannot be used; the message lists every error with file and field.</summary>
public sealed class KnowledgeLoadException : Exception
{
    public KnowledgeLoadException(IReadOnlyList<KnowledgeError> errors)
        : base(Describe(errors))
    {
        Errors = errors;
    }

    public KnowledgeLoadException()
        : this([])
    {
    }

    public KnowledgeLoadException(string message)
        : base(message)
    {
        Errors = [];
    }

    public KnowledgeLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public IReadOnlyList<KnowledgeError> Errors { get; } = [];

    /// <summary>The first <see cref="KnowledgeLimits.MaxReportedErrors"/> errors and a count of the rest, so a message stays readable and small.</summary>
    private static string Describe(IReadOnlyList<KnowledgeError> errors)
    {
        var lines = errors.Take(KnowledgeLimits.MaxReportedErrors).Select(e => "  " + e);
        var more = errors.Count > KnowledgeLimits.MaxReportedErrors ? $"{Environment.NewLine}  … and {errors.Count - KnowledgeLimits.MaxReportedErrors} more" : "";
        return "The knowledge base is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, lines) + more;
    }
}
