using System.Collections.Frozen;
using Microsoft.Extensions.Options;
using RoleBot.Core.Answers;
using RoleBot.Core.Conversations;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Organization;

namespace RoleBot.Core.Dialog;

/// <summary>
/// The dialog: cleans the question, reads its intent, resolves follow-ups against the previous turn,
/// finds the knowledge that answers it, and declines honestly when nothing fits well enough.
/// </summary>
public sealed class RoleBotDialog(
    IKnowledgeProvider knowledge,
    IConversationStore conversations,
    IOptions<DialogOptions> options,
    IOptions<OrganizationOptions> organization) : IRoleBotDialog
{
    /// <summary>The responsibility that answers an incident no playbook fits.</summary>
    private const string GeneralIncidentResponse = "incident_response";

    /// <summary>How much surer the last question alone must be before it replaces the answer to the whole message.</summary>
    private const double FocusMargin = 0.15;

    /// <summary>How far above the threshold a figure must fit to answer a question that did not ask for figures.</summary>
    private const double StrongFigureMargin = 0.1;

    /// <summary>The share of the question such a figure must cover: an unknown word ("Google") means it is about something else.</summary>
    private const double StrongFigureCoverage = 0.8;

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
            // A follow-up with nothing of its own ("what about for the CISO?") keeps the subject it followed.
            var terms = knowledge.Current.Analyzer.Analyze(cleaned).ContentTerms;
            var subject = terms.Count > 0 ? terms : previous?.Terms;
            await conversations.SetAsync(conversationId, new ConversationState(answer.Intent, answer.TopicId, RoleOf(answer), subject), cancellationToken);
        }

        return answer;
    }

    /// <summary>
    /// Answers one cleaned question given the previous turn; pure, so tests and benchmarks can call it. A long message
    /// whose last question alone is answered better ("long story … who is supposed to judge the ROI?", "board deck, need
    /// one number: how many execs…") is answered by that question, unless the whole message is about something
    /// RoleBot does not cover.
    /// </summary>
    internal Answer Answer(string text, ConversationState? previous)
    {
        var snapshot = knowledge.Current;
        var composer = new AnswerComposer(snapshot.Knowledge, organization.Value);
        var query = snapshot.Analyzer.Analyze(text);
        var guess = IntentClassifier.Classify(query);
        var answer = Answer(snapshot, composer, query, guess, previous);
        if (guess.Intent is Intent.Fallback or Intent.Help || LastQuestion(text) is not { } last)
        {
            return answer;
        }

        var lastQuery = snapshot.Analyzer.Analyze(last);
        var focused = Answer(snapshot, composer, lastQuery, IntentClassifier.Classify(lastQuery), previous);
        // "… who signs that off", "… whose risk is that?": a last question that points back needs the rest of the message.
        var pointsBack = lastQuery.ContentTerms.Count == 0 || lastQuery.Words.Any(CueWords.Pronouns.Contains);
        var better = !answer.Answered || (!pointsBack && focused.Confidence >= answer.Confidence + FocusMargin);
        return focused.Answered && focused.Intent != Intent.Help && better ? focused : answer;
    }

    /// <summary>The last sentence that asks something, when the message has more than one sentence.</summary>
    private static string? LastQuestion(string text)
    {
        var sentences = text.Replace(" - ", "\n", StringComparison.Ordinal)
            .Split(['.', '?', '!', ';', ':', '\n', '\u2013', '\u2014'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return sentences.Length < 2
            ? null
            : sentences.LastOrDefault(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Any(w => w.ToLowerInvariant() is "who" or "whom" or "whose" or "what" or "which" or "how" or "where" or "who's" or "what's"));
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
        return intent switch
        {
            Intent.Help => composer.Help(),
            Intent.Escalation => Escalation(context),
            Intent.Statistic => Statistic(context),
            Intent.Reporting => Reporting(context),
            Intent.Role => Role(context),
            Intent.Comparison => Comparison(context),
            Intent.Fallback => Decline(context, NearestQuestions(context), 0),
            _ => Ownership(context, Intent.Ownership),
        };
    }

    private static RoleOwner? RoleOf(Answer answer) =>
        answer.Intent is Intent.Role ? answer.Owner
        : answer.Owner is RoleOwner.CIO or RoleOwner.CISO ? answer.Owner
        : answer.Lead.Count == 1 && Enum.TryParse<RoleOwner>(answer.Lead[0], out var lead) ? lead
        : null;

    private static Answer Ownership(Turn t, Intent intent)
    {
        if (t.RefersBack && t.Previous?.TopicId is { } previousId)
        {
            if (t.Knowledge.ResponsibilitiesById.TryGetValue(previousId, out var previousResponsibility))
            {
                return t.Composer.Ownership(previousResponsibility, 0.9, intent, null);
            }

            if (t.Knowledge.PlaybooksById.TryGetValue(previousId, out var previousPlaybook))
            {
                return t.Composer.Escalation(previousPlaybook, 0.9);
            }
        }

        // "what exactly is our CIO responsible for?": a role and no topic asks for the role's profile.
        if (t.Query.Roles.Count == 1 && t.Query.ContentTerms.Count == 0)
        {
            return Role(t);
        }

        var hits = t.Snapshot.Responsibilities.Search(WithFollowedSubject(t), t.Query.ContentTerms);
        var confidence = hits.Count == 0 ? 0 : Confidence.Of(hits[0].Score, hits[0].Coverage, t.Query.Corrections);
        var aspectConfidence = AspectConfidence(t);

        // "CIO opens up access, CISO locks it down, fair?": a statement about both roles, asking neither who owns nor
        // "CIO or CISO?", is a comparison.
        if (t.Query.Roles.Count > 1 && !t.Guess.IsExplicit && aspectConfidence >= t.Threshold && aspectConfidence > confidence)
        {
            return Comparison(t);
        }

        if (confidence >= t.Threshold)
        {
            var top = hits[0];
            var rival = hits.Skip(1).FirstOrDefault(h =>
                h.Score >= top.Score * 0.9 && h.Coverage >= top.Coverage && !string.Equals(h.Item.Owner, top.Item.Owner, StringComparison.Ordinal));
            if (rival.Item is not null)
            {
                confidence = Math.Round(confidence * 0.85, 3);
            }

            return t.Composer.Ownership(top.Item, confidence, intent, rival.Item);
        }

        // Only a question that names an incident gets a playbook: "data backups" is not a breach.
        var playbook = t.IncidentStems.Count > 0 ? BestPlaybook(t, t.Threshold) : null;
        if (playbook is not null)
        {
            return playbook;
        }

        // "what's the ciso's job in plain english?", "a CISO's top priority day to day": one role, and nothing besides
        // or only what tells the roles apart, is about the role itself.
        if (t.Query.Roles.Count == 1 && (t.KnownContent.Count == 0 || aspectConfidence >= t.Threshold))
        {
            return Role(t);
        }

        // "Do CISOs worry more about compliance than about losing money?" names no owner's task but one figure, all of it.
        var figures = t.Snapshot.Statistics.Search(t.Query.Terms, t.Query.ContentTerms, take: 1);
        if (figures.Count > 0 && figures[0].Coverage >= StrongFigureCoverage
            && Confidence.Of(figures[0].Score, figures[0].Coverage, t.Query.Corrections) >= t.Threshold + StrongFigureMargin)
        {
            return Statistic(t);
        }

        if (t.Query.Roles.Count > 1 && aspectConfidence >= t.Threshold)
        {
            return Comparison(t);
        }

        return Decline(t, NearestQuestions(t), confidence);
    }

    /// <summary>
    /// "and who checks they're secure enough?" after a question about SaaS vendors: the new words decide, and the
    /// subject they point back to ranks among entries that fit them.
    /// </summary>
    private static IReadOnlyList<string> WithFollowedSubject(Turn t) =>
        t.Guess.IsFollowUp && t.Query.Words.Any(CueWords.Pronouns.Contains) && t.Previous?.Terms is { Count: > 0 } subject
            ? [.. t.Query.Terms, .. subject]
            : t.Query.Terms;

    /// <summary>How well the best comparison aspect or topic fits the question.</summary>
    private static double AspectConfidence(Turn t)
    {
        var aspect = t.Snapshot.Comparisons.Search(t.Query.Terms, t.Query.ContentTerms, take: 1);
        return aspect.Count == 0 ? 0 : Confidence.Of(aspect[0].Score, aspect[0].Coverage, t.Query.Corrections);
    }

    /// <summary>"Did you mean" questions: the responsibilities that share at least one specific word with the question.</summary>
    private static IEnumerable<string> NearestQuestions(Turn t) =>
        t.Snapshot.Responsibilities.Search(t.Query.Terms, t.Query.ContentTerms)
            .Where(h => h.Coverage > 0)
            .Select(h => $"Who owns {Lower(h.Item.Name)}?");

    private static Answer Escalation(Turn t)
    {
        var threshold = t.Threshold;
        var playbook = BestPlaybook(t, threshold) ?? IncidentPlaybook(t, threshold);
        var responsibilities = t.Snapshot.Responsibilities.Search(t.Query.Terms, t.Query.ContentTerms);
        var responsibilityConfidence = responsibilities.Count == 0 ? 0
            : Confidence.Of(responsibilities[0].Score, responsibilities[0].Coverage, t.Query.Corrections);
        if (playbook is not null && playbook.Confidence >= responsibilityConfidence - 0.05)
        {
            return playbook;
        }

        if (responsibilityConfidence >= threshold)
        {
            return t.Composer.Ownership(responsibilities[0].Item, responsibilityConfidence, Intent.Escalation, null);
        }

        if (playbook is not null)
        {
            return playbook;
        }

        if (t.IncidentStems.Count > 0 && t.Knowledge.ResponsibilitiesById.TryGetValue(GeneralIncidentResponse, out var response))
        {
            return t.Composer.Ownership(response, threshold, Intent.Escalation, null);
        }

        return Decline(t, [], Math.Max(responsibilityConfidence, 0));
    }

    /// <summary>
    /// Someone reporting an incident describes their situation in words no playbook has ("payroll", "spreadsheet").
    /// When a playbook names the incident itself ("breached", "malware"), a roughly right playbook beats a refusal,
    /// so it is answered at the lowest confidence that still answers.
    /// </summary>
    private static Answer? IncidentPlaybook(Turn t, double threshold)
    {
        if (t.IncidentStems.Count == 0)
        {
            return null;
        }

        var index = t.Snapshot.Playbooks;
        var hit = index.Search(t.Query.Terms, t.Query.ContentTerms, take: 3)
            .FirstOrDefault(h => Applies(h.Item, t) && t.IncidentStems.Any(stem => index.Contains(h, stem)));
        return hit.Item is null ? null : t.Composer.Escalation(hit.Item, threshold);
    }

    private static Answer? BestPlaybook(Turn t, double threshold)
    {
        var hits = t.Snapshot.Playbooks.Search(t.Query.Terms, t.Query.ContentTerms, take: 3);
        var best = hits.FirstOrDefault(h => Applies(h.Item, t));
        if (best.Item is null)
        {
            return null;
        }

        var confidence = Confidence.Of(best.Score, best.Coverage, t.Query.Corrections);
        return confidence >= threshold ? t.Composer.Escalation(best.Item, confidence) : null;
    }

    /// <summary>
    /// A playbook with <see cref="Playbook.Requires"/> applies only when the question says one of those words: "systems
    /// down after an attack" needs something to be down, so "the attacker is still inside the network" is not it.
    /// </summary>
    private static bool Applies(Playbook playbook, Turn t) =>
        playbook.Requires.Count == 0 || playbook.Requires.Any(word => t.WordStems.Contains(Stemmer.Stem(word.ToLowerInvariant())));

    private static Answer Statistic(Turn t)
    {
        // "how many CIOs prioritise innovation?" then "what about for the CISO?": the same subject, counted for the other role.
        var roleSwitch = t.Query.ContentTerms.Count == 0 && t.Query.Roles.Count == 1
            && t.Previous is { Intent: Intent.Statistic, Terms.Count: > 0 } before && before.Role != t.Query.Roles[0];
        if (roleSwitch)
        {
            t = t with { Query = t.Query with { Terms = [.. t.Previous!.Terms!], ContentTerms = [.. t.Previous.Terms!] } };
        }

        var role = t.Query.Roles.Count == 1 ? t.Query.Roles[0] : (RoleOwner?)null;
        if (t.Query.ContentTerms.Count == 0 && t.Previous?.TopicId is { } previousId)
        {
            var backing = t.Knowledge.StatisticsFor(previousId);
            if (backing.Count > 0)
            {
                return t.Composer.Statistics(backing, $"Figures on {TitleOf(t.Knowledge, previousId)}", 0.9, previousId, role);
            }

            if (t.Knowledge.ResponsibilitiesById.TryGetValue(previousId, out var previous))
            {
                return WithoutFigures(t, previous, 0.9);
            }
        }

        // "What share of CISOs report to the CIO?": the first role is who is counted, a second one is part of what is
        // measured, unless the roles are being compared ("CISOs vs CIOs").
        var comparesRoles = CueWords.ExplicitComparisons.FoundIn(t.Query.Words);
        var terms = t.Query.Roles.Count > 1 && !comparesRoles
            ? [.. t.Query.Terms, .. t.Query.Roles.Skip(1).Select(r => r.ToString().ToLowerInvariant())]
            : t.Query.Terms;
        var hits = t.Snapshot.Statistics.Search(terms, t.Query.ContentTerms, take: 8);
        var ranked = hits
            .Select(h => (Hit: h, Score: h.Score * PopulationFit(h.Item, t.Query.Roles)))
            .OrderByDescending(x => x.Score)
            .ToList();
        if (roleSwitch && ranked.Any(x => x.Hit.Coverage > 0 && PopulationFit(x.Hit.Item, t.Query.Roles) > 1))
        {
            ranked = ranked.Where(x => PopulationFit(x.Hit.Item, t.Query.Roles) > 1).ToList();
        }
        var confidence = ranked.Count == 0 ? 0 : Confidence.Of(ranked[0].Score, ranked[0].Hit.Coverage, t.Query.Corrections);
        if (roleSwitch && ranked.Count > 0 && ranked[0].Hit.Coverage > 0)
        {
            // The subject was settled by the previous answer; only the role is new, so the role's nearest figure is the answer.
            confidence = Math.Max(confidence, t.Threshold);
        }
        var viaResponsibility = t.Snapshot.Responsibilities.Search(t.Query.Terms, t.Query.ContentTerms, take: 1);
        var responsibilityConfidence = viaResponsibility.Count == 0 ? 0
            : Confidence.Of(viaResponsibility[0].Score, viaResponsibility[0].Coverage, t.Query.Corrections);

        // "any numbers on that?" then "and data protection?": the new topic gets its whole answer, which carries its figures.
        var followUpOnNewTopic = !roleSwitch && !t.Guess.IsExplicit && t.Guess.IsFollowUp && responsibilityConfidence >= t.Threshold;
        if (followUpOnNewTopic)
        {
            return t.Composer.Ownership(viaResponsibility[0].Item, responsibilityConfidence, Intent.Ownership, null);
        }

        // "how many execs say…" asks for a figure outright: a figure that fits is the answer, even if a responsibility fits too.
        if (confidence >= t.Threshold && (t.Guess.IsExplicit || confidence >= responsibilityConfidence - 0.1))
        {
            var best = ranked[0].Score;
            var chosen = ranked.Where(x => x.Score >= best * 0.85).Select(x => x.Hit.Item).Take(3).ToList();
            // "what share of CIOs vs CISOs…": each named role's best figure, so the comparison has both sides.
            foreach (var named in t.Query.Roles.Count > 1 ? t.Query.Roles : [])
            {
                var forRole = ranked.FirstOrDefault(x => x.Score >= best * 0.3 && x.Hit.Coverage > 0 && PopulationFit(x.Hit.Item, [named]) > 1);
                if (forRole.Hit.Item is { } figure && !chosen.Contains(figure))
                {
                    chosen.Add(figure);
                }
            }

            return t.Composer.Statistics(chosen, "Figures", confidence, chosen[0].Supports.FirstOrDefault(), role);
        }

        // "How much risk is a CISO willing to accept?": no figure fits, and what sets the roles apart fits one role best.
        var aspectConfidence = t.Query.Roles.Count == 1 ? AspectConfidence(t) : 0;
        if (aspectConfidence >= t.Threshold && aspectConfidence >= responsibilityConfidence)
        {
            return Role(t);
        }

        if (responsibilityConfidence >= t.Threshold)
        {
            var r = viaResponsibility[0].Item;
            var backing = t.Knowledge.StatisticsFor(r.Id);
            return backing.Count > 0
                ? t.Composer.Statistics(backing, $"Figures on {Lower(r.Name)}", responsibilityConfidence, r.Id, role)
                : WithoutFigures(t, r, responsibilityConfidence);
        }

        return Decline(t, ranked.Where(x => x.Hit.Coverage > 0).Take(3).Select(x => $"What share of {x.Hit.Item.Population} {x.Hit.Item.Claim.TrimEnd('.')}?"), confidence);
    }

    /// <summary>Figures were asked for a responsibility the documents give none on: say so, and give its owner instead.</summary>
    private static Answer WithoutFigures(Turn t, Responsibility r, double confidence)
    {
        var ownership = t.Composer.Ownership(r, confidence, Intent.Ownership, null);
        return ownership with { Summary = $"The documents give no figure on {Lower(r.Name)}. " + ownership.Summary };
    }

    private static double PopulationFit(Statistic s, IReadOnlyList<RoleOwner> roles)
    {
        if (roles.Count != 1)
        {
            return 1;
        }

        var population = s.Population.ToUpperInvariant();
        var wanted = roles[0] == RoleOwner.CIO ? "CIO" : "CISO";
        return population.StartsWith(wanted, StringComparison.Ordinal) && (wanted == "CISO" || !population.StartsWith("CISO", StringComparison.Ordinal))
            ? 1.5
            : 0.8;
    }

    private static Answer Reporting(Turn t)
    {
        var role = t.Query.Roles.Count > 0 ? t.Query.Roles[0] : t.RefersBack || t.Guess.IsFollowUp ? t.Previous?.Role : null;
        var topics = new List<Topic>();
        if (t.Knowledge.TopicsById.TryGetValue("reporting_lines", out var lines) && role is null)
        {
            topics.Add(lines);
        }

        var asksShould = t.Query.Has("should") || t.Query.Has("best") || t.Query.Has("ideal") || t.Query.Has("recommended") || t.Query.Roles.Count > 1;
        if (asksShould || role != RoleOwner.CIO)
        {
            topics.AddRange(t.Knowledge.Topics.Where(x => x.Kind == "reporting" && x.Id != "reporting_lines" && (asksShould || role is null)));
        }

        return t.Composer.Reporting(role, topics, 0.9);
    }

    private static Answer Role(Turn t)
    {
        if (t.Guess.IsCareer && t.Knowledge.TopicsById.TryGetValue("career_path", out var career))
        {
            return t.Composer.Topic(career, Intent.Role, 0.9);
        }

        var role = t.Query.Roles.Count > 0 ? t.Query.Roles[0] : t.Previous?.Role;
        if (role is RoleOwner.CIO or RoleOwner.CISO && t.Knowledge.RolesById.TryGetValue(role.Value.ToString(), out var profile))
        {
            return t.Composer.Role(profile, 0.9);
        }

        return Decline(t, ["What does the CIO do?", "What does the CISO do?"], 0);
    }

    private static Answer Comparison(Turn t)
    {
        var hits = t.Snapshot.Comparisons.Search(t.Query.Terms, t.Query.ContentTerms);
        var confidence = hits.Count == 0 ? 0 : Confidence.Of(hits[0].Score, hits[0].Coverage, t.Query.Corrections);
        t.Knowledge.TopicsById.TryGetValue("difference_overview", out var overview);
        if (confidence >= t.Threshold && hits[0].Item.Id != "difference_overview")
        {
            var top = hits[0].Item;
            if (top.Topic is { } topic)
            {
                return t.Composer.Topic(topic, topic.Kind == "reporting" ? Intent.Reporting : Intent.Comparison, confidence);
            }

            var aspects = hits.Where(h => h.Item.Comparison is not null && h.Score >= hits[0].Score * 0.8)
                .Select(h => h.Item.Comparison!).Take(2).ToArray();
            return t.Composer.Comparison(aspects, null, confidence);
        }

        if (t.KnownContent.Count > 1 && confidence < t.Threshold * 0.5)
        {
            return Decline(t, [], confidence);
        }

        var headline = t.Knowledge.Comparisons.Take(6).ToArray();
        return t.Composer.Comparison(headline, overview, 0.85);
    }

    private static Answer Decline(Turn t, IEnumerable<string> didYouMean, double confidence)
    {
        var suggestions = didYouMean.Distinct(StringComparer.OrdinalIgnoreCase).Take(3).ToArray();
        var summary = suggestions.Length > 0
            ? "I'm not sure I understood that, and I'd rather not name the wrong owner. Did you mean one of these?"
            : "Sorry, that's outside what I know. I answer questions about the CIO and CISO roles: who owns a "
              + "responsibility, the figures behind it, reporting lines, and whom to call in a security incident.";
        return t.Composer.Decline(summary, suggestions, confidence);
    }

    private static string TitleOf(KnowledgeBase k, string id) =>
        k.ResponsibilitiesById.TryGetValue(id, out var r) ? Lower(r.Name)
        : k.PlaybooksById.TryGetValue(id, out var p) ? Lower(p.Name)
        : k.TopicsById.TryGetValue(id, out var topic) ? Lower(topic.Title)
        : id;

    private static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static readonly FrozenSet<string> IncidentWordStems = CueWords.IncidentWords.Select(Stemmer.Stem).ToFrozenSet(StringComparer.Ordinal);

    private sealed record Turn(
        KnowledgeSnapshot Snapshot,
        AnswerComposer Composer,
        AnalyzedQuery Query,
        IntentGuess Guess,
        ConversationState? Previous,
        double Threshold)
    {
        public KnowledgeBase Knowledge => Snapshot.Knowledge;

        /// <summary>The question's specific stems that the knowledge base indexes at all.</summary>
        public IReadOnlyList<string> KnownContent { get; } = Query.ContentTerms.Where(Snapshot.Indexes).ToArray();

        /// <summary>Stems of the words that name an incident ("malware", "breached"), typed or meant ("public repo": leaked).</summary>
        public IReadOnlyList<string> IncidentStems { get; } =
            Query.Words.Where(CueWords.IncidentWords.Contains).Select(Stemmer.Stem)
                .Concat(Query.Terms.Where(IncidentWordStems.Contains))
                .Distinct(StringComparer.Ordinal).ToArray();

        /// <summary>Stems of every word of the question, stop words and cue words included.</summary>
        public IReadOnlySet<string> WordStems { get; } = Query.Words.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);

        /// <summary>"that", "it", "they" with nothing else to go on: the previous turn's topic is meant.</summary>
        public bool RefersBack => Query.ContentTerms.Count == 0 && Query.Words.Any(CueWords.Pronouns.Contains);
    }
}
