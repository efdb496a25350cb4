using RoleBot.Core.Knowledge;
using RoleBot.Core.Organization;

namespace RoleBot.Core.Answers;

/// <summary>Builds channel-neutral answers from knowledge-base entries, naming real people when the organisation directory has them.</summary>
public sealed class AnswerComposer(KnowledgeBase knowledge, OrganizationOptions organization)
{
    private const int MaxExtraStatistics = 3;

    public static readonly string[] ExampleQuestions =
    [
        "Who leads incident response?",
        "Who owns the IT budget?",
        "What share of CISOs report to the CIO?",
        "We were hit by ransomware, who do I call?",
        "What's the difference between a CIO and a CISO?",
    ];

    public Answer Help() => new()
    {
        Answered = true,
        Intent = Intent.Help,
        Title = "RoleBot",
        Summary = "Hi! I answer \"who owns this?\" questions about the CIO and CISO roles. Ask me who owns a responsibility "
            + "(\"who owns patch management?\"), for the figures behind it (\"how many CISOs report to the CIO?\"), how the two "
            + "roles differ, where each one reports, or what to do right now in an incident (\"I clicked a phishing link\"). "
            + "Every answer names the owner, the statistics with their sources, and whom to contact next.",
        Suggestions = ExampleQuestions[..3],
        Confidence = 1,
    };

    public Answer Decline(string summary, IReadOnlyList<string> didYouMean, double confidence) => new()
    {
        Answered = false,
        Intent = Intent.Fallback,
        Summary = summary,
        Suggestions = didYouMean.Count > 0 ? didYouMean : ExampleQuestions[..3],
        Confidence = confidence,
    };

    /// <summary>
    /// A decline for a message that may be a security incident RoleBot could not place: it still says where to report
    /// one, first, and offers the incident playbooks, because a wrong "sorry" mid-incident costs the most.
    /// </summary>
    public Answer IncidentDecline(IReadOnlyList<string> playbookQuestions, double confidence) => new()
    {
        Answered = false,
        Intent = Intent.Fallback,
        Summary = "I'm not sure what this is about, so I won't name an owner. If it is a security incident (something "
            + $"suspicious happening now, a click you regret, data that may have leaked), report it right away to the {IncidentRole}'s team{PersonSuffix(IncidentRole)} "
            + "and follow their instructions; don't wait to be sure. Or pick the kind of incident below for the full steps.",
        Escalation =
        [
            new EscalationStep(1, IncidentRole, $"Report the suspected incident to the {IncidentRole}'s team or its on-call now; say what you saw and when.", organization.Find(IncidentRole)),
            new EscalationStep(2, "Helpdesk", $"If it turns out to be an ordinary IT fault, the {IncidentRole}'s team passes it to the IT helpdesk.", organization.Find("Helpdesk")),
        ],
        Suggestions = playbookQuestions,
        Confidence = confidence,
    };

    public Answer Ownership(Responsibility r, double confidence, Intent intent, Responsibility? alternative)
    {
        var owner = new RoleOwner(r.Owner);
        IReadOnlyList<string> lead = r.Lead.Count > 0 ? r.Lead : owner.IsShared ? RoleIds : [r.Owner];
        var summary = $"{OwnerSentence(owner, lead, r.Support)} {r.Summary}";
        if (alternative is not null)
        {
            summary += $" If you meant {Lower(alternative.Name)}, that one belongs to {OwnerPhrase(alternative)}.";
        }

        var statistics = WithConflicts(knowledge.StatisticsFor(r.Id));
        IReadOnlyList<EscalationStepEntry> steps = r.Escalation.Count > 0 ? r.Escalation : DefaultSteps(owner, lead);
        var suggestions = new List<string>();
        if (alternative is not null)
        {
            suggestions.Add($"Who owns {Lower(alternative.Name)}?");
        }

        if (!string.IsNullOrWhiteSpace(r.Playbook) && knowledge.PlaybooksById.TryGetValue(r.Playbook, out var playbook))
        {
            suggestions.Add($"What do I do about {Lower(playbook.Name)} right now?");
        }

        if (statistics.Count == 0)
        {
            suggestions.Add($"What does the {LeadRole(owner, lead)} do?");
        }
        else
        {
            suggestions.Add($"Any statistics on {Lower(r.Name)}?");
        }

        suggestions.Add($"Who does the {LeadRole(owner, lead)} report to?");
        return new Answer
        {
            Answered = true,
            Intent = intent,
            Owner = owner,
            Lead = lead,
            Support = r.Support,
            Title = r.Name,
            Summary = summary,
            Statistics = statistics.Select(ToAnswer).ToArray(),
            Escalation = Steps(steps),
            Sources = Cite(r.Sources, statistics),
            Suggestions = suggestions.Take(3).ToArray(),
            Confidence = confidence,
            TopicId = r.Id,
        };
    }

    public Answer Escalation(Playbook p, double confidence)
    {
        var owner = new RoleOwner(p.Owner);
        IReadOnlyList<string> lead = p.Lead.Count > 0 ? p.Lead : owner.IsShared ? RoleIds : [p.Owner];
        var statistics = WithConflicts(p.Statistics.Select(id => knowledge.StatisticsById[id]));
        var first = p.Steps.Count > 0 ? p.Steps[0].Role : p.Owner;
        return new Answer
        {
            Answered = true,
            Intent = Intent.Escalation,
            Owner = owner,
            Lead = lead,
            Support = p.Support,
            Title = p.Name,
            Summary = $"Contact {RolePhrase(first)} first. {p.Summary}",
            Statistics = statistics.Select(ToAnswer).ToArray(),
            Escalation = Steps(p.Steps),
            Sources = Cite(p.Sources, statistics),
            Suggestions = ["Who leads incident response?", "Who restores operations after a cyberattack?", "Who reports a breach to regulators?"],
            Confidence = confidence,
            TopicId = p.Id,
        };
    }

    public Answer Statistics(IReadOnlyList<Statistic> found, string title, double confidence, string? topicId, RoleOwner? role)
    {
        var statistics = WithConflicts(found);
        var conflicts = statistics.Where(s => s.ConflictSet is not null).GroupBy(s => s.ConflictSet!).ToArray();
        var summary = string.Join(" ", statistics.Take(1).Select(Sentence));
        foreach (var set in conflicts)
        {
            var sourceCount = set.Select(s => s.Source.Doc).Distinct(StringComparer.OrdinalIgnoreCase).Count();
            summary += sourceCount > 1
                ? $" The sources disagree here, so I show every figure with its source: {string.Join("; ", set.Select(s => $"{Figure(s)} ({ShortSource(s.Source)})"))}."
                : "";
        }

        return new Answer
        {
            Answered = true,
            Intent = Intent.Statistic,
            Owner = null,
            Title = title,
            Summary = summary.Trim(),
            Statistics = statistics.Select(ToAnswer).ToArray(),
            Sources = Cite([], statistics),
            Suggestions = role is { } r
                ? [$"What does the {r} do?", $"Who does the {r} report to?", "How do CIOs and CISOs approach risk differently?"]
                : ["Who leads incident response?", "Who does the CISO report to?", "What's the difference between a CIO and a CISO?"],
            Confidence = confidence,
            TopicId = topicId,
        };
    }

    public Answer Role(RoleProfile role, double confidence)
    {
        var owner = new RoleOwner(role.Id);
        var statistics = WithConflicts(role.Statistics.Select(id => knowledge.StatisticsById[id]));
        var lines = new List<string>
        {
            role.Summary,
            $"Focus: {role.Focus}",
            $"Scope: {role.Scope}",
            $"Risk appetite: {role.RiskAppetite}",
            $"Data: {role.DataView}",
            $"Measured on: {string.Join("; ", role.Metrics)}",
            $"Reports to: {role.ReportingLines}",
            $"Works with: {string.Join(", ", role.Stakeholders)}",
            $"Day to day: {string.Join("; ", role.DailyPriorities)}",
            $"In an incident: {role.IncidentRole}",
            $"Career path: {role.CareerPath}",
        };
        var other = OtherRole(role.Id);
        return new Answer
        {
            Answered = true,
            Intent = Intent.Role,
            Owner = owner,
            Lead = [role.Id],
            Title = $"{role.Title} ({role.Id}){PersonSuffix(role.Id)}",
            Summary = string.Join(Environment.NewLine, lines.Where(l => !l.EndsWith(": ", StringComparison.Ordinal) && l.Length > 0)),
            Statistics = statistics.Select(ToAnswer).ToArray(),
            Sources = Cite(role.Sources, statistics),
            Suggestions = [$"And the {other}?", $"Who does the {role.Id} report to?", "What's the difference between a CIO and a CISO?"],
            Confidence = confidence,
            TopicId = role.Id,
        };
    }

    public Answer Topic(Topic topic, Intent intent, double confidence, RoleOwner? owner = null, string? lead = null)
    {
        var statistics = WithConflicts(topic.Statistics.Select(id => knowledge.StatisticsById[id]).Concat(knowledge.StatisticsFor(topic.Id)));
        var summary = string.Join(Environment.NewLine, new[] { lead, topic.Summary }.Concat(topic.Points.Select(p => "• " + p))
            .Where(s => !string.IsNullOrWhiteSpace(s)));
        return new Answer
        {
            Answered = true,
            Intent = intent,
            Owner = owner,
            Title = topic.Title,
            Summary = summary,
            Statistics = statistics.Select(ToAnswer).ToArray(),
            Sources = Cite(topic.Sources, statistics),
            Suggestions = ["Where do CIO and CISO responsibilities overlap?", "How should the CIO and CISO collaborate?", "Who does the CISO report to?"],
            Confidence = confidence,
            TopicId = topic.Id,
        };
    }

    public Answer Comparison(IReadOnlyList<Comparison> aspects, Topic? overview, double confidence)
    {
        var lines = new List<string>();
        if (overview is not null)
        {
            lines.Add(overview.Summary);
        }

        foreach (var aspect in aspects)
        {
            lines.Add($"{aspect.Aspect}: the CIO: {Trim(aspect.Cio)}; the CISO: {Trim(aspect.Ciso)}.");
        }

        var statistics = WithConflicts(aspects.SelectMany(a => a.Statistics).Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(id => knowledge.StatisticsById[id]).Concat(overview?.Statistics.Select(id => knowledge.StatisticsById[id]) ?? []));
        var sources = aspects.SelectMany(a => a.Sources).Concat(overview?.Sources ?? []).ToList();
        return new Answer
        {
            Answered = true,
            Intent = Intent.Comparison,
            Owner = null,
            Title = aspects.Count == 1 && overview is null ? $"CIO vs CISO: {aspects[0].Aspect}" : "CIO vs CISO",
            Summary = string.Join(Environment.NewLine, lines),
            Statistics = statistics.Select(ToAnswer).ToArray(),
            Sources = Cite(sources, statistics),
            Suggestions = ["Where do CIO and CISO responsibilities overlap?", "How should the CIO and CISO collaborate?", "Who does the CISO report to?"],
            Confidence = confidence,
            TopicId = aspects.Count == 1 ? aspects[0].Id : overview?.Id,
        };
    }

    public Answer Reporting(RoleOwner? role, IReadOnlyList<Topic> topics, double confidence)
    {
        var lines = new List<string>();
        var sources = new List<SourceRef>();
        var statistics = new List<Statistic>();
        foreach (var id in role is null ? RoleIds : [role.Value.Id])
        {
            if (knowledge.RolesById.TryGetValue(id, out var profile))
            {
                lines.Add($"The {id}{PersonSuffix(id)}: {profile.ReportingLines}");
                sources.AddRange(profile.Sources);
            }
        }

        foreach (var topic in topics)
        {
            lines.Add(topic.Summary);
            lines.AddRange(topic.Points.Select(p => "• " + p));
            sources.AddRange(topic.Sources);
            statistics.AddRange(topic.Statistics.Select(id => knowledge.StatisticsById[id]));
            statistics.AddRange(knowledge.StatisticsFor(topic.Id));
        }

        // A role's disputed reporting figures are shown even when no reporting topic is: the documents disagree on them.
        var reportingTopics = knowledge.Topics.Where(x => x.Kind == "reporting").Select(x => x.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var id in role is null ? RoleIds : [role.Value.Id])
        {
            statistics.AddRange(knowledge.StatisticsFor(id).Where(s => s.ConflictSet is not null && s.Supports.Any(reportingTopics.Contains)));
        }

        var shown = WithConflicts(statistics);
        return new Answer
        {
            Answered = true,
            Intent = Intent.Reporting,
            Owner = null,
            Title = role is null ? "Reporting lines" : $"Who the {role} reports to",
            Summary = string.Join(Environment.NewLine, lines.Where(l => !string.IsNullOrWhiteSpace(l)).Distinct()),
            Statistics = shown.Select(ToAnswer).ToArray(),
            Sources = Cite(sources, shown),
            Suggestions = role is { } asked
                ? [$"And the {OtherRole(asked.Id)}?", $"What does the {asked.Id} do?", $"Who does the {OtherRole(asked.Id)} report to?"]
                : [.. RoleIds.Select(id => $"What does the {id} do?").Take(2), $"Who does the {RoleIds[0]} report to?"],
            Confidence = confidence,
            TopicId = role?.ToString() ?? "reporting_lines",
        };
    }

    /// <summary>The figures plus every figure that disagrees with one of them, without repeats, in order.</summary>
    public IReadOnlyList<Statistic> WithConflicts(IEnumerable<Statistic> statistics)
    {
        var result = new List<Statistic>();
        foreach (var statistic in statistics)
        {
            if (!result.Contains(statistic))
            {
                result.Add(statistic);
            }

            if (statistic.ConflictSet is { } set && knowledge.ConflictSets.TryGetValue(set, out var others))
            {
                result.AddRange(others.Where(o => !result.Contains(o)));
            }
        }

        var conflicting = result.Where(s => s.ConflictSet is not null).ToArray();
        var single = result.Where(s => s.ConflictSet is null).Take(MaxExtraStatistics + 1);
        return [.. single.Concat(conflicting).OrderBy(result.IndexOf)];
    }

    public static string Sentence(Statistic s) => $"{Capitalize(Figure(s))} of {s.Population} {s.Claim.TrimEnd('.')}.";

    private static string Figure(Statistic s) => string.IsNullOrWhiteSpace(s.Qualifier) ? s.Value : $"{s.Qualifier} {s.Value}";

    private AnswerStatistic ToAnswer(Statistic s) => new(s.Value, Sentence(s), knowledge.Cite(s.Source), s.ConflictSet);

    private string ShortSource(SourceRef source) =>
        knowledge.Sources.TryGetValue(source.Doc, out var doc) ? (doc.Publisher ?? $"\"{doc.Title}\"") + $", {source.Section}" : source.Section;

    private string[] Cite(IEnumerable<SourceRef> sources, IEnumerable<Statistic> statistics) =>
        sources.Concat(statistics.Select(s => s.Source)).Select(knowledge.Cite).Distinct(StringComparer.Ordinal).ToArray();

    private EscalationStep[] Steps(IReadOnlyList<EscalationStepEntry> steps) =>
        steps.Select((s, i) => new EscalationStep(i + 1, s.Role, s.Action, organization.Find(s.Role))).ToArray();

    private EscalationStepEntry[] DefaultSteps(RoleOwner owner, IReadOnlyList<string> lead) =>
        owner.IsShared
            ? [new() { Role = lead[0], Action = "Raise it with the leading role first." }, new() { Role = lead.Count > 1 ? lead[1] : OtherRole(lead[0]), Action = "Bring in the other role to agree on the decision." }]
            : [new() { Role = lead[0], Action = "Raise it with this role's team." }];

    private string OwnerSentence(RoleOwner owner, IReadOnlyList<string> lead, IReadOnlyList<string> support)
    {
        if (owner.IsShared)
        {
            var leadText = lead.Count == 1 ? $" The {lead[0]}{PersonSuffix(lead[0])} takes the lead." : "";
            return $"Shared: {string.Join(" and ", SharingRoles(lead, support).Select(r => $"the {r}{PersonSuffix(r)}"))} own this together.{leadText}";
        }

        var supportText = support.Count > 0 ? $", with support from the {string.Join(" and the ", support)}" : "";
        return $"The {owner}{PersonSuffix(owner.ToString())} owns this{supportText}.";
    }

    private string OwnerPhrase(Responsibility r) =>
        r.Owner == RoleOwner.SharedId ? $"{string.Join(" and ", SharingRoles(r.Lead, r.Support).Select(role => "the " + role))} together" : $"the {r.Owner}{PersonSuffix(r.Owner)}";

    /// <summary>The role most incident playbooks send people to first: whom a suspected incident is reported to.</summary>
    private string IncidentRole => field ??= knowledge.Playbooks.Where(p => p.Owner != RoleOwner.SharedId)
        .GroupBy(p => p.Owner, StringComparer.Ordinal).MaxBy(g => g.Count())?.Key ?? RoleIds[0];

    /// <summary>Every role of the knowledge base, in the order roles.yml gives them.</summary>
    private string[] RoleIds => field ??= knowledge.Roles.Select(r => r.Id).ToArray();

    /// <summary>The roles that share an entry: its lead and support roles, or every role when those name fewer than two.</summary>
    private IReadOnlyList<string> SharingRoles(IReadOnlyList<string> lead, IReadOnlyList<string> support)
    {
        var named = lead.Concat(support).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return named.Length >= 2 ? named : RoleIds;
    }

    /// <summary>The first role of the knowledge base that is not <paramref name="role"/>: the one to compare it with.</summary>
    private string OtherRole(string role) => RoleIds.FirstOrDefault(id => id != role) ?? role;

    private string RolePhrase(string role) => role is "Staff" ? "your own team" : $"the {role}{PersonSuffix(role)}";

    private static string LeadRole(RoleOwner owner, IReadOnlyList<string> lead) => owner.IsShared ? lead[0] : owner.Id;

    /// <summary>" (at Contoso: Dana Reyes, on-call #sec-incidents)" when the directory names someone for the role.</summary>
    public string PersonSuffix(string role)
    {
        var person = organization.Find(role);
        if (person is null)
        {
            return "";
        }

        var at = string.IsNullOrWhiteSpace(organization.Name) ? "" : $"at {organization.Name}: ";
        var onCall = string.IsNullOrWhiteSpace(person.OnCall) ? "" : $", on-call {person.OnCall}";
        return $" ({at}{person.Name}{onCall})";
    }

    private static string Lower(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && !char.IsUpper(name[1]) ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Trim(string text) => text.Trim().TrimEnd('.');
}
