using RoleBot.Core.Answers;
using RoleBot.Core.Conversations;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Dialog;

// Lexical and semantic evidence blended: the lexical reading answers what it is sure of unless the nearest example
// questions say it is out of scope, or a close paraphrase of one reads it as another kind of question; otherwise they
// vote, and a clear vote for another entry, for a decline or for an answer the lexical reading missed wins. A question
// that names a role is also judged with the role taken out, since what it asks decides whether it is in scope.
public sealed partial class RoleBotDialog
{
    // The model and the example index take most of a second to load: start as soon as the dialog exists, so the first
    // question (often the only one, for `ask`) overlaps with it instead of waiting for all of it.
    private readonly Task? warming = semantic is { Enabled: true } model ? Task.Run(() => model.IndexFor(knowledge.Current.Knowledge)) : null;

    /// <summary>Answers one cleaned question given the previous turn; pure, so tests and benchmarks can call it.</summary>
    internal Answer Answer(string text, ConversationState? previous)
    {
        var snapshot = knowledge.Current;
        text = snapshot.SoundAlike.Rewrite(text);
        var answer = Blended(snapshot, text, previous);
        if (!answer.Answered)
        {
            return answer;
        }

        var query = snapshot.Analyzer.Analyze(text);
        var declined = (answer.Intent is Intent.Role or Intent.Reporting or Intent.Comparison or Intent.Statistic && AsksOnlyAboutUncoveredRoles(query))
            || IntentClassifier.AsksAboutOurOwnState(query);
        return declined ? PlainDecline(snapshot) : answer;
    }

    /// <summary>
    /// "What does our CTO do all day?": a role the knowledge base does not cover, and none it does. Its job, reporting
    /// line or figures are not the CIO's, however close the words; who owns a thing or whom to call still has an answer.
    /// </summary>
    private static bool AsksOnlyAboutUncoveredRoles(AnalyzedQuery query) => query.Roles.Count == 0 && CueWords.OtherRoles.FoundIn(query.Words);

    private Answer Blended(KnowledgeSnapshot snapshot, string text, ConversationState? previous)
    {
        var (lexical, guess) = LexicalAnswer(text, previous);
        // A follow-up the previous turn gave a subject is read by it; the neighbours know nothing of earlier turns. When even
        // that reading finds nothing ("and if my files end up deleted, who gets them back?"), the words alone may.
        if (semantic is not { Enabled: true } || (guess.IsFollowUp && previous is not null && lexical.Answered))
        {
            return lexical;
        }

        return lexical.Intent == Intent.Help
            ? HelpChecked(snapshot, text, lexical)
            : AboutTheOneRoleNamed(snapshot, text, Voted(snapshot, text, lexical, guess, previous is not null));
    }

    /// <summary>
    /// "can you help me write my onboarding plan?" asks for help, but with something else: when the neighbours, none of
    /// them a question about RoleBot itself, say it must be declined, it is declined rather than answered with what
    /// RoleBot can do.
    /// </summary>
    private Answer HelpChecked(KnowledgeSnapshot snapshot, string text, Answer help)
    {
        var votes = Semantic(snapshot, text);
        return votes is { Match: { IsHelp: false } match } && ToDecline(match, semantic!.Options.FastPathDeclineProbability)
            && !match.Neighbours.Any(n => n.Example.Label == ExampleQuestion.Help)
                ? Declined(snapshot, votes.Index, match, PlainDecline(snapshot))
                : help;
    }

    /// <summary>
    /// A comparison answers a question that names one role and asks for no comparison ("how does a CIO approach risk?",
    /// "what metrics is the CIO judged on?") with both sides; that role's profile, which has the same aspects for it
    /// alone, is the answer asked for.
    /// </summary>
    private Answer AboutTheOneRoleNamed(KnowledgeSnapshot snapshot, string text, Answer answer)
    {
        if (answer is not { Answered: true, Intent: Intent.Comparison })
        {
            return answer;
        }

        var query = snapshot.Analyzer.Analyze(text);
        return query.Roles is [var role] && !CueWords.ExplicitComparisons.FoundIn(query.Words)
            && snapshot.Knowledge.RolesById.TryGetValue(role.Id, out var profile)
                ? new AnswerComposer(snapshot.Knowledge, organization.Value).Role(profile, answer.Confidence)
                : answer;
    }

    /// <param name="midConversation">Whether an earlier turn may have given the question its subject ("who's their boss?").</param>
    private Answer Voted(KnowledgeSnapshot snapshot, string text, Answer lexical, IntentGuess guess, bool midConversation)
    {
        var o = semantic!.Options;
        if (Semantic(snapshot, text, midConversation) is not { } votes)
        {
            return lexical;
        }

        // All but word for word an example about the one role it names: that role's answer stands against the role-free reading.
        var copiesRoleExample = NearCopy(votes.Match, o) && votes.Query.Roles.Count < 2;

        // Without its role a question about the role itself ("what does CISO stand for?") is near nothing at all, and a
        // vote of distant neighbours means little: only a role-free question close to what must be declined is declined.
        // A question that sets both roles side by side is about them, whatever is left without them.
        if (votes.RoleFree is { } roleFree && roleFree.OutOfScopeProbability >= o.RoleFreeDeclineProbability
            && roleFree.Similarity >= o.MinSimilarity && votes.Query.Roles.Count < 2)
        {
            return Declined(snapshot, votes.Index, roleFree, PlainDecline(snapshot));
        }

        return lexical.Answered && lexical.Confidence >= o.FastPathConfidence
            ? SureReadingChecked(snapshot, text, votes, lexical, midConversation, copiesRoleExample)
            : UnsureReadingVoted(snapshot, text, votes, lexical, guess, copiesRoleExample);
    }

    /// <summary>
    /// <paramref name="answer"/>, unless what the question asks, its topic aside, is nearly always declined: "which GRC
    /// platform would you pick?", "what did we spend on security tools last year?", "write me an awareness policy" name a
    /// topic RoleBot knows but ask for advice, our own records or a document rather than an owner. A near copy of an
    /// example labelled in scope stays answered: that label is the organisation's word on it. The decline still says
    /// where to report an incident when the full vote leans that way.
    /// </summary>
    private Answer Asked(KnowledgeSnapshot snapshot, SemanticReading votes, Answer answer)
    {
        var o = semantic!.Options;
        var match = votes.Match;
        var labelledInScope = match.Similarity >= o.ActKeepSimilarity && !match.IsOutOfScope && match.Probability >= o.OverrideProbability;
        // "found malware in a file, what must I do?": with the incident taken out, what is left reads like a how-to, but
        // an incident the neighbours agree on is what makes "what do I do" a question for RoleBot.
        var reportedIncident = answer.Intent == Intent.Escalation && match.IncidentProbability >= o.IncidentAnswerProbability;
        return answer.Answered && !labelledInScope && !OnlyNearOneEntry(match, o) && !reportedIncident && !AsksForAPersonNoNeighbourDeclines(votes.Query, match, o)
            && votes.Act?.Value is { } act
            && act.OutOfScopeProbability >= o.ActDeclineProbability && act.Similarity >= o.ActMinSimilarity
                ? Declined(snapshot, votes.Index, match, PlainDecline(snapshot))
                : answer;
    }

    /// <summary>How <paramref name="text"/> is read, step by step, without remembering anything of it.</summary>
    public DialogExplanation Explain(string text)
    {
        var snapshot = knowledge.Current;
        var cleaned = TextCleaner.StripMarkup(text ?? "");
        var reading = snapshot.SoundAlike.Rewrite(cleaned);
        var votes = semantic is { Enabled: true } ? Semantic(snapshot, reading) : null;
        return new DialogExplanation(reading, LexicalAnswer(reading, null).Answer, votes?.Match, Answer(cleaned, null)) { RoleFree = votes?.RoleFree, Act = votes?.Act?.Value };
    }

    /// <summary>
    /// The votes on <paramref name="text"/>, or null when the sentence model cannot run here (a native library missing, an
    /// unreadable model file): RoleBot then answers with the lexical reading alone rather than failing the question.
    /// </summary>
    private SemanticReading? Semantic(KnowledgeSnapshot snapshot, string text, bool midConversation = false)
    {
        try
        {
            var index = semantic!.IndexFor(snapshot.Knowledge);
            var acts = semantic.ActsFor(snapshot.Knowledge);
            var query = snapshot.Analyzer.Analyze(text);
            var roleFree = query.Roles.Count > 0 && query.ContentTerms.Count > 0 ? index.Match(string.Join(' ', query.RoleFreeWords)) : null;

            // The topic-free vote costs a second run of the model, and only an answer needs it. Mid-conversation, a question
            // with nothing of substance but a role ("ok and the CIO?") has its subject from the turn before: with the role
            // taken out, what is left ("ok and the X") reads like any request.
            var asked = midConversation && query.ContentTerms.Count == 0 ? null : acts.Asked(string.Join(' ', query.Words));
            return new SemanticReading(index, query, index.Match(text), roleFree, asked is null ? null : new Lazy<SemanticMatch>(() => acts.Index.Match(asked)));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException
            or DllNotFoundException or TypeInitializationException or Microsoft.ML.OnnxRuntime.OnnxRuntimeException)
        {
            return null;
        }
    }

    private Answer PlainDecline(KnowledgeSnapshot snapshot) => new AnswerComposer(snapshot.Knowledge, organization.Value).Decline(DeclineText, [], 0);

    /// <summary>A decline, with where to report an incident when the message reads even weakly like one.</summary>
    private Answer Declined(KnowledgeSnapshot snapshot, SemanticIndex index, SemanticMatch match, Answer decline)
    {
        if (match.IncidentProbability < semantic!.Options.IncidentProbability)
        {
            return decline;
        }

        var playbookQuestions = snapshot.Knowledge.Playbooks
            .Select(p => new ExampleQuestion(p.Name, ExampleQuestion.Escalation, p.Id).Label)
            .OrderByDescending(label => match.Label == label)
            .Select(label => RepresentativeOf(snapshot, index, label)?.Text)
            .OfType<string>()
            .Take(3)
            .ToArray();
        return new AnswerComposer(snapshot.Knowledge, organization.Value).IncidentDecline(playbookQuestions, decline.Confidence);
    }
}
