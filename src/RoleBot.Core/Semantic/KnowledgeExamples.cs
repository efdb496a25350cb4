using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Semantic;

/// <summary>
/// Examples the knowledge base implies without anyone writing them: every name and alias of a responsibility asks who
/// owns it, every trigger of a playbook reports that incident, every title of a role asks about that role.
/// </summary>
public static class KnowledgeExamples
{
    public static IEnumerable<ExampleQuestion> From(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        foreach (var r in knowledge.Responsibilities)
        {
            foreach (var phrase in r.Aliases.Prepend(r.Name))
            {
                yield return new ExampleQuestion(phrase, ExampleQuestion.Ownership, r.Id) { Implied = true };
            }
        }

        foreach (var p in knowledge.Playbooks)
        {
            foreach (var phrase in p.Triggers.Prepend(p.Name))
            {
                yield return new ExampleQuestion(phrase, ExampleQuestion.Escalation, p.Id) { Implied = true };
            }
        }

        foreach (var role in knowledge.Roles)
        {
            foreach (var phrase in role.Aliases.Prepend(role.Title))
            {
                yield return new ExampleQuestion(phrase, ExampleQuestion.Role, role.Id) { Implied = true };
            }
        }
    }
}
