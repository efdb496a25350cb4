namespace RoleBot.Core.Semantic;

/// <summary>
/// A question labelled with what answers it: the intent (ownership, statistic, escalation, comparison, role, reporting,
/// help, out_of_scope) and, for the first six, the id of the knowledge entry the answer is about.
/// </summary>
public sealed record ExampleQuestion(string Text, string Intent, string? Entry)
{
    public const string Ownership = "ownership";
    public const string Escalation = "escalation";
    public const string Role = "role";
    public const string OutOfScope = "out_of_scope";
    public const string Help = "help";

    /// <summary>
    /// A name, alias or trigger phrase the knowledge base implies rather than a question someone asked: it says what a
    /// topic is called, not whether a question about that topic is one RoleBot answers.
    /// </summary>
    public bool Implied { get; init; }

    /// <summary>"ownership:incident_response", "escalation:ransomware", "out_of_scope": the class the model predicts.</summary>
    public string Label => Entry is null ? Intent : $"{Intent}:{Entry}";
}
