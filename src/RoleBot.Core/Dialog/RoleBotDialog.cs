using Microsoft.Extensions.Options;
using RoleBot.Core.Answers;
using RoleBot.Core.Conversations;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Organization;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Dialog;

/// <summary>
/// The dialog: cleans the question, reads its intent, resolves follow-ups against the previous turn,
/// finds the knowledge that answers it, and declines honestly when nothing fits well enough.
/// </summary>
public sealed partial class RoleBotDialog(
    IKnowledgeProvider knowledge,
    IConversationStore conversations,
    IOptions<DialogOptions> options,
    IOptions<OrganizationOptions> organization,
    SemanticModel? semantic = null) : IRoleBotDialog
{
    /// <summary>How much surer the last question alone must be before it replaces the answer to the whole message.</summary>
    private const double FocusMargin = 0.15;

    private const string DeclineText = "Sorry, that's outside what I know. I answer questions about the CIO and CISO roles: who owns a "
        + "responsibility, the figures behind it, reporting lines, and whom to call in a security incident.";

    private const string ActionDecline = "I can't do things on anyone's behalf; I answer who owns what. Password resets, new accounts, "
        + "installs and other IT requests go to the IT helpdesk, which sits in the CIO's organisation.";

    public async ValueTask<Answer> AskAsync(Question question, CancellationToken cancellationToken = default)
    {
        var text = question.Text ?? "";
        string? note = null;
        if (text.Length > TextCleaner.MaxQuestionLength)
        {
            text = text[..TextCleaner.MaxQuestionLength];
            note = $"Your message was longer than {TextCleaner.MaxQuestionLength:N0} characters, so I read only the first {TextCleaner.MaxQuestionLength:N0}.";
        }

        var conversationId = string.IsNullOrEmpty(question.ConversationId) ? "" : question.ConversationId;
        var previous = conversationId.Length == 0 ? null : await conversations.GetAsync(conversationId, cancellationToken);
        var cleaned = TextCleaner.StripMarkup(text);
        var answer = Answer(cleaned, previous);
        if (note is not null)
        {
            answer = answer with { Note = note };
        }

        if (conversationId.Length > 0 && answer.Answered && answer.Intent != Intent.Help)
        {
            // A follow-up with nothing of its own ("what about for the CISO?", "got a number for that?") keeps the subject it followed.
            // Read as the answer was: "what share of sea sews…" is about CISOs, not seas.
            var snapshot = knowledge.Current;
            var query = snapshot.Analyzer.Analyze(snapshot.SoundAlike.Rewrite(cleaned));
            var terms = IntentFiller.Remove(query, answer.Intent).ContentTerms;
            var subject = terms.Count > 0 ? terms : previous?.Terms;
            // A figure has no owner; the role it counts is the one the question named.
            var role = RoleOf(answer) ?? (answer.Intent == Intent.Statistic && query.Roles is [var counted] ? counted : null);
            await conversations.SetAsync(conversationId, new ConversationState(answer.Intent, answer.TopicId, role, subject), cancellationToken);
        }

        return answer;
    }

    /// <summary>
    /// Reads one cleaned question lexically; pure, so tests and benchmarks can call it. A long message
    /// whose last question alone is answered better ("long story … who is supposed to judge the ROI?", "board deck, need
    /// one number: how many execs…") is answered by that question, unless the whole message is about something
    /// RoleBot does not cover.
    /// </summary>
    internal (Answer Answer, IntentGuess Guess) LexicalAnswer(string text, ConversationState? previous)
    {
        var snapshot = knowledge.Current;
        var composer = new AnswerComposer(snapshot.Knowledge, organization.Value);
        var query = snapshot.Analyzer.Analyze(text);
        var guess = IntentClassifier.Classify(query);
        var answer = Answer(snapshot, composer, query, guess, previous);
        if (guess.Intent is Intent.Fallback or Intent.Help || LastQuestion(text) is not { } last)
        {
            return (answer, guess);
        }

        var lastQuery = snapshot.Analyzer.Analyze(last);
        var lastGuess = IntentClassifier.Classify(lastQuery);
        var focused = Answer(snapshot, composer, lastQuery, lastGuess, previous);
        // "who approves hiring the new HR director? the CIO asked me": the question itself is someone else's business,
        // whichever role the rest of the message names in passing.
        if (lastGuess.Intent is Intent.Fallback && !focused.Answered)
        {
            return (focused, lastGuess);
        }

        // "… who signs that off", "… whose risk is that?", "… who leads the response?": a last question that points back,
        // or says too little to stand alone, needs the rest of the message.
        var pointsBack = lastQuery.ContentTerms.Count < 2 || lastQuery.Words.Any(CueWords.Pronouns.Contains);
        var better = !answer.Answered || (!pointsBack && focused.Confidence >= answer.Confidence + FocusMargin);
        return focused.Answered && focused.Intent != Intent.Help && better ? (focused, lastGuess) : (answer, guess);
    }

    /// <summary>The last sentence that asks something, when the message has more than one sentence.</summary>
    private static string? LastQuestion(string text)
    {
        var sentences = text.Replace(" - ", "\n", StringComparison.Ordinal)
            .Split(['.', '?', '!', ';', ':', '\n', '\u2013', '\u2014'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return sentences.Length < 2
            ? null
            : sentences.LastOrDefault(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(w => CueWords.QuestionWords.Contains(w.ToLowerInvariant(), StringComparer.Ordinal)));
    }

    private Answer Answer(KnowledgeSnapshot snapshot, AnswerComposer composer, AnalyzedQuery query, IntentGuess guess, ConversationState? previous)
    {
        var intent = guess.Intent;
        if (!guess.IsExplicit && guess.IsFollowUp && previous is not null && previous.Intent != Intent.Help)
        {
            intent = previous.Intent;
        }

        query = IntentFiller.Remove(query, intent);
        var context = new Turn(snapshot, composer, query, guess, previous, options.Value.ConfidenceThreshold);
        var answer = intent switch
        {
            Intent.Help => composer.Help(),
            Intent.Escalation => Escalation(context),
            Intent.Statistic => Statistic(context),
            Intent.Reporting => Reporting(context),
            Intent.Role => Role(context),
            Intent.Comparison => Comparison(context),
            Intent.Fallback when guess.AsksForAction => context.Composer.Decline(ActionDecline, [], 0),
            Intent.Fallback => Decline(context, NearestQuestions(context), 0),
            _ => Ownership(context, Intent.Ownership),
        };
        return answer.Answered || intent == Intent.Help || guess.AsksForAction ? answer : StepOfPreviousAnswer(context) ?? answer;
    }

    /// <summary>
    /// "and who gets legal involved?" after a breach: a follow-up that asks who deals with a party the previous answer's
    /// escalation steps name (Legal, HR, the board) is answered by those steps, which say who brings that party in.
    /// </summary>
    private static Answer? StepOfPreviousAnswer(Turn t)
    {
        if (!t.Guess.IsFollowUp || !IntentClassifier.AsksWho(t.Query) || t.Previous?.TopicId is not { } id)
        {
            return null;
        }

        var playbook = t.Knowledge.PlaybooksById.GetValueOrDefault(id);
        var responsibility = t.Knowledge.ResponsibilitiesById.GetValueOrDefault(id);
        var steps = playbook?.Steps ?? responsibility?.Escalation ?? [];
        var namesParty = steps.Any(step => step.Role.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Any(word => t.Query.ContentTerms.Contains(Stemmer.Stem(word.ToLowerInvariant()))));
        return !namesParty ? null
            : playbook is not null ? t.Composer.Escalation(playbook, t.Threshold)
            : t.Composer.Ownership(responsibility!, t.Threshold, t.Previous.Intent == Intent.Escalation ? Intent.Escalation : Intent.Ownership, null);
    }

    private RoleOwner? RoleOf(Answer answer) =>
        answer.Intent is Intent.Role ? answer.Owner
        : answer.Owner is { IsShared: false } ? answer.Owner
        : answer.Lead.Count == 1 && knowledge.Current.Knowledge.RolesById.ContainsKey(answer.Lead[0]) ? new RoleOwner(answer.Lead[0])
        : null;

    private static Answer Decline(Turn t, IEnumerable<string> didYouMean, double confidence)
    {
        var suggestions = didYouMean.Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
        var summary = suggestions.Length > 0
            ? "I'm not sure I understood that, and I'd rather not name the wrong owner. Did you mean one of these?"
            : DeclineText;
        return t.Composer.Decline(summary, suggestions, confidence);
    }

    private static string TitleOf(KnowledgeBase k, string id) =>
        k.ResponsibilitiesById.TryGetValue(id, out var r) ? Lower(r.Name)
        : k.PlaybooksById.TryGetValue(id, out var p) ? Lower(p.Name)
        : k.TopicsById.TryGetValue(id, out var topic) ? Lower(topic.Title)
        : id;

    private static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;
}
