using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Dialog;

// What a vote for a label answers: an example of it read lexically, or the entry's own answer.
public sealed partial class RoleBotDialog
{
    /// <summary>How many examples of one label are tried before it is taken to have no answer RoleBot can give.</summary>
    private const int RepresentativeTries = 25;

    private readonly ConditionalWeakTable<KnowledgeBase, ConcurrentDictionary<string, Representative?>> representatives = [];

    /// <summary>
    /// A question that means what <paramref name="label"/> says, with its answer: the first example of that label that
    /// the lexical reading answers with the same intent and entry. Found once per label and knowledge base.
    /// </summary>
    private Representative? RepresentativeOf(KnowledgeSnapshot snapshot, SemanticIndex index, string label) =>
        representatives.GetValue(snapshot.Knowledge, _ => new(StringComparer.Ordinal))
            .GetOrAdd(label, l => Candidates(index, l).Select(text => new Representative(text, LexicalAnswer(text, null).Answer))
                .FirstOrDefault(c => Answers(c.Answer, l)));

    /// <summary>
    /// What the vote for <paramref name="label"/> answers: the nearest neighbour's answer, else a representative example's,
    /// else, for an owner or whom to call, the entry's own answer. The lexical reading of every example of an entry can miss
    /// it ("sales here crm is down, who can fix it" reads as nothing at all), and the vote still names the entry.
    /// </summary>
    private Answer? AnswerOf(KnowledgeSnapshot snapshot, SemanticIndex index, SemanticMatch? match, string label) =>
        (match is null ? null : NearestAnswer(match, label)) ?? RepresentativeOf(snapshot, index, label)?.Answer ?? EntryAnswer(snapshot, label);

    private Answer? EntryAnswer(KnowledgeSnapshot snapshot, string label)
    {
        var composer = new AnswerComposer(snapshot.Knowledge, organization.Value);
        return label.Split(':') switch
        {
            [ExampleQuestion.Escalation, var id] when snapshot.Knowledge.Playbooks.FirstOrDefault(p => p.Id == id) is { } playbook
                => composer.Escalation(playbook, 1),
            [var intent and (ExampleQuestion.Escalation or ExampleQuestion.Ownership), var id] when snapshot.Knowledge.ResponsibilitiesById.TryGetValue(id, out var r)
                => composer.Ownership(r, 1, intent == ExampleQuestion.Escalation ? Intent.Escalation : Intent.Ownership, null),
            _ => null,
        };
    }

    /// <summary>
    /// The answer to the nearest neighbour of <paramref name="label"/> that the lexical reading answers as labelled: the
    /// closest paraphrase carries the figure a question asks for, where any example of the entry carries only the entry.
    /// </summary>
    private Answer? NearestAnswer(SemanticMatch match, string label) =>
        match.Neighbours.Where(n => n.Example.Label == label)
            .Select(n => LexicalAnswer(n.Example.Text, null).Answer)
            .FirstOrDefault(a => Answers(a, label));

    private static IEnumerable<string> Candidates(SemanticIndex index, string label) =>
        index.Examples.Where(e => e.Label == label).Take(RepresentativeTries)
            .Select(e => e.Text);

    private sealed record Representative(string Text, Answer Answer);
}
