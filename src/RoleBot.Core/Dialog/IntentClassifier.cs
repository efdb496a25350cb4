using RoleBot.Core.Answers;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Decides the intent from cue phrases, in a fixed order of precedence: help, an incident happening now,
/// figures, reporting lines, a role's profile, a comparison, and ownership by default.
/// </summary>
internal static class IntentClassifier
{

    public static IntentGuess Classify(AnalyzedQuery q)
    {
        var asksOwnership = AsksOwnership(q);
        var career = q.Roles.Count > 0 && CueWords.CareerPhrases.FoundIn(q.Words);

        IntentGuess Guess(Intent intent, bool isExplicit = true) => new(intent, isExplicit, IsFollowUp(q, intent), career, asksOwnership);

        if (CueWords.ActionRequests.FoundIn(q.Words))
        {
            return Guess(Intent.Fallback) with { AsksForAction = true };
        }

        if (q.Words.Count == 0)
        {
            return Guess(Intent.Help);
        }

        if (IsHelp(q))
        {
            return Guess(Intent.Help);
        }

        if (CueWords.CreativeRequests.FoundIn(q.Words) || CueWords.WorkplacePhrases.FoundIn(q.Words) || CueWords.Trivia.FoundIn(q.Words)
            || IsArithmetic(q) || IsCompanyNews(q) || (q.Words.Any(CueWords.SocialEvents.Contains) && !q.Words.Any(CueWords.IncidentWords.Contains))
            || IsAboutPay(q) || IsAboutAnotherFunction(q)
            || (CueWords.OtherOwners.FoundIn(q.Words) && !q.Words.Any(CueWords.IncidentWords.Contains)))
        {
            return Guess(Intent.Fallback);
        }

        // "how many companies get hit by a cyberattack?" asks for a figure; "we got hit" reports an incident.
        var firstPerson = q.Words.Any(CueWords.FirstPerson.Contains);
        // "who decides how much we spend?", "MTTD/MTTR - who owns those numbers" ask for an owner, whatever figure words come too.
        var asksWho = AsksWho(q);
        // "what are the odds we get hit this year?" asks for a figure, though it says "we".
        var hypothetical = q.Words.Any(CueWords.Hypothetical.Contains);
        if ((!firstPerson || hypothetical) && !asksWho && CueWords.StatisticPhrases.FoundIn(q.Words))
        {
            return Guess(Intent.Statistic);
        }

        // "during a breach, what does the CIO do vs the CISO?" compares the roles, and so does "when we got hacked, what was
        // the IT boss's job versus the security boss's?".
        var plainlyCompares = q.Words.Any(w => w is "vs" or "versus" or "difference" or "differ" or "compare" or "compared");
        if ((!firstPerson || plainlyCompares) && !asksOwnership && q.Roles.Count >= 2 && CueWords.ExplicitComparisons.FoundIn(q.Words))
        {
            return Guess(Intent.Comparison);
        }

        // "I doubt most companies get hit every year" doubts a figure; nobody here was hit.
        if (IsGeneralClaim(q))
        {
            return Guess(Intent.Statistic);
        }

        if (CueWords.UrgentPhrases.FoundIn(q.Words)
            || (q.Words.Any(CueWords.FirstPerson.Contains) && Reports(q, CueWords.IncidentVerbs)))
        {
            return Guess(Intent.Escalation);
        }

        if (!asksWho && CueWords.StatisticPhrases.FoundIn(q.Words))
        {
            return Guess(Intent.Statistic);
        }

        // The incident may be named in everyday words ("a crypto miner"), which the analyzer has read as what they mean ("malware").
        var namesIncident = Reports(q, CueWords.IncidentWords) || (!q.GuardsAgainst && q.Terms.Any(CueWords.IncidentStems.Contains));
        if (namesIncident && (q.Words.Any(CueWords.EventMarkers.Contains) || q.Words.Any(CueWords.FirstPerson.Contains)))
        {
            return Guess(Intent.Escalation);
        }

        if (q.Roles.Count == 1 && !asksOwnership && NamesTheRoleItself(q))
        {
            return Guess(Intent.Role);
        }

        if (!asksOwnership && CueWords.ReportingPhrases.FoundIn(q.Words))
        {
            return Guess(Intent.Reporting);
        }

        if (career)
        {
            return Guess(Intent.Role);
        }

        var mentionsBothRoles = q.Roles.Count >= 2 || q.Has("roles") || q.Has("both") || q.HasPhrase("the", "two")
            || (q.ContentTerms.Contains("it") && q.Has("security"));
        // "CIO or CISO?", and as people often put it, "IT's job, security's job, or both?".
        var eitherOr = q.Has("or") && (q.Roles.Count >= 2 || (q.Has("it") && q.Has("security")));
        // "what about for the CISO?" follows up whatever was asked before, in the same way.
        if (q.Roles.Count > 0 && q.ContentTerms.Count == 0 && !asksOwnership && !eitherOr)
        {
            return mentionsBothRoles ? Guess(Intent.Comparison) : Guess(Intent.Role, isExplicit: !IsFollowUp(q, Intent.Role));
        }

        if (!asksOwnership && !eitherOr && (q.Roles.Count > 0 || mentionsBothRoles) && CueWords.ComparisonPhrases.FoundIn(q.Words))
        {
            return Guess(Intent.Comparison);
        }

        if (q.Roles.Count > 0 && !asksOwnership && CueWords.RolePhrases.FoundIn(q.Words) && q.ContentTerms.Count <= 1 && !eitherOr)
        {
            return Guess(Intent.Role);
        }

        return Guess(Intent.Ownership, isExplicit: asksOwnership || eitherOr);
    }

    /// <param name="nounsToo">Whether a cue right after a determiner counts ("my own phone", "our lead engineer"), where it
    /// names a thing or a person rather than asking who owns one.</param>
    private static bool AsksOwnership(AnalyzedQuery q, bool nounsToo = true) =>
        q.Words.Where((w, i) => nounsToo || i == 0 || !CueWords.Determiners.Contains(q.Words[i - 1])).Any(Lexicon.OwnershipCues.Contains)
            || CueWords.OwnershipPhrases.FoundIn(q.Words);

    /// <summary>
    /// "Is our company ISO 27001 certified?", "did we pass the SOC 2 audit?", "a client asks if we are HIPAA compliant":
    /// a yes-or-no question about the asker's own organisation, which only its records can answer. Such a question names
    /// a topic RoleBot knows, so the sentence model places it among questions about who owns that topic; what sets it
    /// apart is its form. It asks for no person, no role, no duty, no figure and reports no incident: "are we required
    /// to report this?" and "do we have a figure on…" are still answered.
    /// </summary>
    public static bool AsksAboutOurOwnState(AnalyzedQuery q)
    {
        if (q.Roles.Count > 0 || AsksWho(q) || AsksOwnership(q, nounsToo: false) || q.Words.Any(CueWords.IncidentWords.Contains)
            || CueWords.ObligationPhrases.FoundIn(q.Words) || CueWords.StatisticPhrases.FoundIn(q.Words))
        {
            return false;
        }

        for (var i = 0; i + 1 < q.Words.Count; i++)
        {
            var asked = q.ClauseStarts[i] && CueWords.StatusAuxiliaries.Contains(q.Words[i]) && AboutUs(i + 1);
            // "…wants to know if we are…" embeds the question; "If we have a breach, which exec…" opens a condition.
            var embedded = !q.ClauseStarts[i] && CueWords.EmbeddingWords.Contains(q.Words[i]) && AboutUs(i + 1)
                && i + 2 < q.Words.Count && CueWords.StatusAuxiliaries.Contains(q.Words[i + 2]);
            if (asked || embedded)
            {
                return true;
            }
        }

        return false;

        bool AboutUs(int at) => CueWords.CollectiveFirstPerson.Contains(q.Words[at]) || CueWords.OurOrganisation.StartsAt(q.Words, at);
    }

    /// <summary>
    /// True when one of <paramref name="incidentWords"/> says something happened, rather than what is guarded against:
    /// "make sure it won't leak" and "who stops us getting hacked" report nothing.
    /// </summary>
    private static bool Reports(AnalyzedQuery q, string[] incidentWords)
    {
        var guarded = false;
        for (var i = 0; i < q.Words.Count; i++)
        {
            var word = q.Words[i];
            guarded |= CueWords.Prevention.Contains(word);
            var negated = q.Denied[i] || (i >= 1 && CueWords.IncidentNegators.Contains(q.Words[i - 1]))
                || (i >= 2 && CueWords.IncidentNegators.Contains(q.Words[i - 2]));
            if (!guarded && !negated && incidentWords.Contains(word))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when "who" asks ("now the systems are back, who works out the damage?") rather than relates ("CIOs who
    /// play an active role", "CISOs whose day is mostly threats").
    /// </summary>
    internal static bool AsksWho(AnalyzedQuery q)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            if (CueWords.WhoWords.Contains(q.Words[i])
                && (i == 0 || !(q.RoleNames.Contains(q.Words[i - 1]) || CueWords.GroupNouns.Contains(q.Words[i - 1]) || CueWords.Populations.Contains(q.Words[i - 1]))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"did AWS have an outage today?", "who's the CEO of Microsoft?": news about a company, not about us.</summary>
    private static bool IsCompanyNews(AnalyzedQuery q) =>
        q.Words.Any(CueWords.Companies.Contains) && q.Words.Any(CueWords.NewsWords.Contains) && !q.Words.Any(CueWords.FirstPerson.Contains);

    /// <summary>"17 times 23": two numbers with an operation between them.</summary>
    private static bool IsArithmetic(AnalyzedQuery q)
    {
        for (var i = 1; i + 1 < q.Words.Count; i++)
        {
            if (CueWords.ArithmeticWords.Contains(q.Words[i]) && q.Words[i - 1].All(char.IsAsciiDigit) && q.Words[i + 1].All(char.IsAsciiDigit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a CISO's salary": pay is nobody's responsibility here, unless technology is the subject ("the salary ledger's access controls").</summary>
    private static bool IsAboutPay(AnalyzedQuery q) =>
        q.Words.Any(CueWords.PayWords.Contains) && !q.Words.Any(w => w != "it" && !q.RoleNames.Contains(w) && Lexicon.TechnologyAnchors.Contains(w));

    /// <summary>"the marketing budget", "sales commission payouts": another function's business, with nothing tying it to technology or security.</summary>
    private static bool IsAboutAnotherFunction(AnalyzedQuery q) =>
        (q.Words.Any(Lexicon.OtherFunctions.Contains) || Lexicon.OtherFunctionPhrases.FoundIn(q.Words))
        && q.Roles.Count == 0
        && !q.ContentTerms.Contains("it")
        // "tax compliance", "a financial audit": compliance and audit alone do not make another function's matter IT's.
        && !q.Words.Any(w => w is not ("it" or "compliance" or "audit" or "audits")
            && (Lexicon.TechnologyAnchors.Contains(w) || CueWords.IncidentWords.Contains(w)));

    /// <summary>
    /// A statement or doubt about organisations in general ("most companies get hit every year"), with nobody
    /// saying "we" or "our": it is about a figure, not an incident.
    /// </summary>
    private static bool IsGeneralClaim(AnalyzedQuery q) =>
        q.Words.Any(CueWords.Populations.Contains)
        && q.Words.Any(CueWords.Generalities.Contains)
        && !q.Words.Any(w => w is "we" or "our" or "us" or "my" or "who" or "whom" or "whose" or "what" or "how" or "why" or "which"
            or "where" or "when");

    /// <summary>
    /// "the CIO job", "the CISO's role", "the remit of our CIO": the role's name next to a word for the role itself.
    /// </summary>
    private static bool NamesTheRoleItself(AnalyzedQuery q)
    {
        for (var i = 0; i < q.Words.Count; i++)
        {
            if (!q.RoleNames.Contains(q.Words[i]) && !CueWords.TitleHeads.Contains(q.Words[i]))
            {
                continue;
            }

            var before = i >= 2 && q.Words[i - 1] is "the" or "our" or "a" or "an" or "their" ? i - 2 : i - 1;
            if (before >= 1 && q.Words[before] == "of" && CueWords.RoleNouns.Contains(q.Words[before - 1]))
            {
                return true;
            }

            if (i < q.Words.Count - 1 && q.RoleNames.Contains(q.Words[i]))
            {
                var next = q.Words[i + 1] == "s" && i + 2 < q.Words.Count ? q.Words[i + 2] : q.Words[i + 1];
                if (CueWords.RoleNouns.Contains(next))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"and …?", "what about …?", or a pronoun with nothing else to go on once the intent's own words are set aside.</summary>
    private static bool IsFollowUp(AnalyzedQuery q, Intent intent) =>
        CueWords.FollowUpStarts.Contains(q.Words.FirstOrDefault() ?? "")
        || CueWords.FollowUpPhrases.FoundIn(q.Words)
        || (IntentFiller.Remove(q, intent).ContentTerms.Count == 0 && q.Words.Any(CueWords.Pronouns.Contains));

    private static bool IsHelp(AnalyzedQuery q)
    {
        if (q.Roles.Count > 0)
        {
            return false;
        }

        if (CueWords.HelpPhrases.FoundIn(q.Words) && IntentFiller.Remove(q, Intent.Help).ContentTerms.Count == 0)
        {
            return true;
        }

        // Only greetings, thanks and filler: "hi", "thanks a lot", "hello there".
        return q.Words.Any(CueWords.Greetings.Contains)
            && q.Words.All(w => CueWords.Greetings.Contains(w) || CueWords.SmallTalk.Contains(w) || Lexicon.StopWords.Contains(w));
    }
}
