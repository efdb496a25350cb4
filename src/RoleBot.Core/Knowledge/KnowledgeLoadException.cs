namespace RoleBot.Core.Knowledge;

/// <summary>Thrown when the knowledge base cannot be used; the message lists every error with file and field.</summary>
public sealed class KnowledgeLoadException : Exception
{
    public KnowledgeLoadException(IReadOnlyList<KnowledgeError> errors)
        : base("The knowledge base is invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors.Select(e => "  " + e)))
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
}
