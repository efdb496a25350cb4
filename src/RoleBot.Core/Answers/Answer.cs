namespace RoleBot.Core.Answers;

/// <summary>The channel-neutral answer every renderer (plain text, Block Kit, Adaptive Card, web) starts from.</summary>
public sealed record Answer
{
    public required bool Answered { get; init; }
    public required Intent Intent { get; init; }
    public RoleOwner? Owner { get; init; }
    public IReadOnlyList<string> Lead { get; init; } = [];
    public IReadOnlyList<string> Support { get; init; } = [];
    /// <summary>A heading such as "Incident response"; empty for help and fallback answers.</summary>
    public string Title { get; init; } = "";
    public required string Summary { get; init; }
    public IReadOnlyList<AnswerStatistic> Statistics { get; init; } = [];
    public IReadOnlyList<EscalationStep> Escalation { get; init; } = [];
    public IReadOnlyList<string> Sources { get; init; } = [];
    public IReadOnlyList<string> Suggestions { get; init; } = [];
    public double Confidence { get; init; }
    /// <summary>The knowledge-base id the answer is about (a responsibility, playbook, role or topic), for follow-ups and feedback.</summary>
    public string? TopicId { get; init; }
    /// <summary>Set when the question was cut or otherwise changed before answering.</summary>
    public string? Note { get; init; }
    /// <summary>Set when the person was over their rate limit: how long until they may ask again (HTTP's Retry-After).</summary>
    public TimeSpan? RetryAfter { get; init; }
}
