using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Core.Knowledge;

/// <summary>
/// Checks the knowledge files against each other: ids unique and known, owners and roles among the roles of
/// roles.yml, every figure and entry with a source, no alias claimed by two different owners.
/// </summary>
internal static class KnowledgeValidator
{
    /// <summary>Whom an escalation step may name besides the roles of roles.yml: functions RoleBot does not describe.</summary>
    public static readonly string[] OtherContacts =
        ["Legal", "Compliance", "Regulators", "Board", "CEO", "Executives", "Communications", "Vendor", "Staff", "Helpdesk", "HR"];

    private static readonly string[] TopicKinds = ["comparison", "reporting", "role"];

    public static List<KnowledgeError> Validate(IReadOnlyList<ParsedKnowledgeFile> files)
    {
        var errors = new List<KnowledgeError>();
        foreach (var file in files)
        {
            KnowledgeNulls.Fill(file.Content);
        }

        var sourceIds = Ids(files, f => f.Sources.Select(s => s.Id));
        var statisticIds = Ids(files, f => f.Statistics.Select(s => s.Id));
        var playbookIds = Ids(files, f => f.Playbooks.Select(p => p.Id));
        var responsibilityIds = Ids(files, f => f.Responsibilities.Select(r => r.Id));
        var roleIds = Ids(files, f => f.Roles.Select(r => r.Id));
        var topicIds = Ids(files, f => f.Topics.Select(t => t.Id));
        var supportTargets = new HashSet<string>(responsibilityIds.Concat(roleIds).Concat(topicIds).Concat(playbookIds), StringComparer.OrdinalIgnoreCase);
        var context = new Context(errors, sourceIds, statisticIds, new HashSet<string>(roleIds, StringComparer.Ordinal));
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var aliasOwners = new Dictionary<string, (string Owner, string Id, string File)>(StringComparer.OrdinalIgnoreCase);
        var conflictSets = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var searchable = SearchableStems(files);

        foreach (var file in files)
        {
            var f = file.Name;
            var k = file.Content;
            for (var i = 0; i < k.Sources.Count; i++)
            {
                var s = k.Sources[i];
                var at = $"sources[{i}]";
                context.Id(f, at, s.Id, "source", seen);
                context.Required(f, at + ".title", s.Title);
            }

            for (var i = 0; i < k.Roles.Count; i++)
            {
                var r = k.Roles[i];
                var at = Path("roles", i, r.Id);
                context.Id(f, at, r.Id, "role", seen);
                if (r.Id == RoleOwner.SharedId || OtherContacts.Contains(r.Id, StringComparer.OrdinalIgnoreCase))
                {
                    errors.Add(new(f, at + ".id", $"'{r.Id}' is reserved; give the role another id"));
                }

                context.Required(f, at + ".title", r.Title);
                context.Required(f, at + ".summary", r.Summary);
                context.Required(f, at + ".focus", r.Focus);
                context.Required(f, at + ".reporting_lines", r.ReportingLines);
                context.Required(f, at + ".incident_role", r.IncidentRole);
                context.StatisticRefs(f, at, r.Statistics);
                context.Sources(f, at, r.Sources);
            }

            for (var i = 0; i < k.Responsibilities.Count; i++)
            {
                var r = k.Responsibilities[i];
                var at = Path("responsibilities", i, r.Id);
                context.Id(f, at, r.Id, "responsibility", seen);
                context.Required(f, at + ".name", r.Name);
                context.Owner(f, at + ".owner", r.Owner);
                context.Roles(f, at + ".lead", r.Lead);
                context.Roles(f, at + ".support", r.Support);
                context.Required(f, at + ".summary", r.Summary);
                if (r.Aliases.Count == 0)
                {
                    errors.Add(new(f, at + ".aliases", "needs at least one alias: the words people use for it"));
                }

                foreach (var alias in r.Aliases.Append(r.Name))
                {
                    var key = alias.Trim();
                    if (key.Length == 0)
                    {
                        errors.Add(new(f, at + ".aliases", "an alias is empty"));
                    }
                    else if (aliasOwners.TryGetValue(key, out var other) && !string.Equals(other.Id, r.Id, StringComparison.OrdinalIgnoreCase)
                        && !string.Equals(other.Owner, r.Owner, StringComparison.OrdinalIgnoreCase))
                    {
                        errors.Add(new(f, at + ".aliases", $"'{key}' is also an alias of '{other.Id}' ({other.File}) whose owner is {other.Owner}, not {r.Owner}: RoleBot could not tell whom to name"));
                    }
                    else
                    {
                        aliasOwners.TryAdd(key, (r.Owner, r.Id, f));
                    }
                }

                context.Steps(f, at + ".escalation", r.Escalation);
                if (!string.IsNullOrWhiteSpace(r.Playbook) && !playbookIds.Contains(r.Playbook))
                {
                    errors.Add(new(f, at + ".playbook", $"unknown playbook '{r.Playbook}'"));
                }

                context.Sources(f, at, r.Sources);
            }

            for (var i = 0; i < k.Statistics.Count; i++)
            {
                var s = k.Statistics[i];
                var at = Path("statistics", i, s.Id);
                context.Id(f, at, s.Id, "statistic", seen);
                context.Required(f, at + ".value", s.Value);
                context.Required(f, at + ".claim", s.Claim);
                context.Required(f, at + ".population", s.Population);
                if (string.IsNullOrWhiteSpace(s.Source.Doc) || string.IsNullOrWhiteSpace(s.Source.Section))
                {
                    errors.Add(new(f, at + ".source", "a figure needs a source: doc and section"));
                }
                else if (!sourceIds.Contains(s.Source.Doc))
                {
                    errors.Add(new(f, at + ".source.doc", $"unknown source document '{s.Source.Doc}'"));
                }

                if (s.Supports.Count == 0)
                {
                    errors.Add(new(f, at + ".supports", "say which responsibility, role or topic this figure backs"));
                }

                foreach (var target in s.Supports.Where(t => !supportTargets.Contains(t)))
                {
                    errors.Add(new(f, at + ".supports", $"unknown responsibility, role or topic '{target}'"));
                }

                if (!string.IsNullOrWhiteSpace(s.ConflictSet))
                {
                    conflictSets[s.ConflictSet] = conflictSets.GetValueOrDefault(s.ConflictSet) + 1;
                }
            }

            for (var i = 0; i < k.Playbooks.Count; i++)
            {
                var p = k.Playbooks[i];
                var at = Path("playbooks", i, p.Id);
                context.Id(f, at, p.Id, "playbook", seen);
                context.Required(f, at + ".name", p.Name);
                context.Owner(f, at + ".owner", p.Owner);
                context.Roles(f, at + ".lead", p.Lead);
                context.Roles(f, at + ".support", p.Support);
                if (p.Triggers.Count == 0)
                {
                    errors.Add(new(f, at + ".triggers", "needs at least one trigger phrase"));
                }

                if (p.Steps.Count == 0)
                {
                    errors.Add(new(f, at + ".steps", "a playbook needs at least one step"));
                }

                if (p.Requires.Any(string.IsNullOrWhiteSpace))
                {
                    errors.Add(new(f, at + ".requires", "a required word is empty"));
                }

                context.Steps(f, at + ".steps", p.Steps);
                context.StatisticRefs(f, at, p.Statistics);
                context.Sources(f, at, p.Sources);
            }

            for (var i = 0; i < k.Comparisons.Count; i++)
            {
                var c = k.Comparisons[i];
                var at = Path("comparisons", i, c.Id);
                context.Id(f, at, c.Id, "comparison", seen);
                context.Required(f, at + ".aspect", c.Aspect);
                context.Required(f, at + ".cio", c.Cio);
                context.Required(f, at + ".ciso", c.Ciso);
                context.StatisticRefs(f, at, c.Statistics);
                context.Sources(f, at, c.Sources);
            }

            for (var i = 0; i < k.Topics.Count; i++)
            {
                var t = k.Topics[i];
                var at = Path("topics", i, t.Id);
                context.Id(f, at, t.Id, "topic", seen);
                context.Required(f, at + ".title", t.Title);
                if (!TopicKinds.Contains(t.Kind))
                {
                    errors.Add(new(f, at + ".kind", $"'{t.Kind}' is not one of {string.Join(", ", TopicKinds)}"));
                }

                if (string.IsNullOrWhiteSpace(t.Summary) && t.Points.Count == 0)
                {
                    errors.Add(new(f, at, "a topic needs a summary or points"));
                }

                context.StatisticRefs(f, at, t.Statistics);
                context.Sources(f, at, t.Sources);
            }

            ValidateSynonyms(f, k.Synonyms, searchable, errors);
        }

        foreach (var (set, count) in conflictSets.Where(pair => pair.Value < 2))
        {
            errors.Add(new("statistics", $"conflict_set '{set}'", $"has {count} figure; a conflict needs at least two"));
        }

        return errors;
    }

    /// <summary>Each synonym needs words on both sides, and what it means must be words some entry is found by.</summary>
    private static void ValidateSynonyms(string f, List<Synonym> synonyms, HashSet<string> searchable, List<KnowledgeError> errors)
    {
        for (var i = 0; i < synonyms.Count; i++)
        {
            var s = synonyms[i];
            var at = $"synonyms[{i}]";
            if (!s.Say.Any(text => !string.IsNullOrWhiteSpace(text)))
            {
                errors.Add(new(f, at + ".say", "needs at least one word or phrase people say"));
            }

            if (!s.Mean.Any(text => !string.IsNullOrWhiteSpace(text)))
            {
                errors.Add(new(f, at + ".mean", "needs at least one word the knowledge base uses"));
            }

            foreach (var word in s.Mean.SelectMany(QueryAnalyzer.IndexTerms).Where(stem => !searchable.Contains(stem)).Distinct(StringComparer.Ordinal))
            {
                errors.Add(new(f, at + ".mean", $"'{word}' is in no name, alias, keyword, trigger or figure, so it would find nothing"));
            }
        }
    }

    /// <summary>The stems entries are found by: names, aliases, keywords, triggers, figures' claims, aspects and titles.</summary>
    private static HashSet<string> SearchableStems(IReadOnlyList<ParsedKnowledgeFile> files) =>
        new(files.Select(p => p.Content)
            .SelectMany(k => k.Responsibilities.SelectMany(r => r.Aliases.Concat(r.Keywords).Append(r.Name))
                .Concat(k.Statistics.SelectMany(s => s.Keywords.Append(s.Claim)))
                .Concat(k.Playbooks.SelectMany(p => p.Triggers.Append(p.Name)))
                .Concat(k.Comparisons.SelectMany(c => c.Keywords.Append(c.Aspect)))
                .Concat(k.Topics.SelectMany(t => t.Keywords.Append(t.Title))))
            .Where(text => text is not null)
            .SelectMany(QueryAnalyzer.IndexTerms), StringComparer.Ordinal);

    private static string Path(string list, int index, string id) =>
        string.IsNullOrWhiteSpace(id) ? $"{list}[{index}]" : $"{list}[{index}] ({id})";

    private static HashSet<string> Ids(IReadOnlyList<ParsedKnowledgeFile> files, Func<KnowledgeFiles, IEnumerable<string>> select) =>
        new(files.SelectMany(f => select(f.Content)).Where(id => !string.IsNullOrWhiteSpace(id)), StringComparer.OrdinalIgnoreCase);

    private sealed record Context(List<KnowledgeError> Errors, HashSet<string> SourceIds, HashSet<string> StatisticIds, HashSet<string> RoleIds)
    {
        public void Id(string file, string at, string id, string kind, Dictionary<string, string> seen)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                Errors.Add(new(file, at + ".id", $"a {kind} needs an id"));
            }
            else if (!seen.TryAdd(id, kind))
            {
                Errors.Add(new(file, at + ".id", $"'{id}' is already the id of a {seen[id]}"));
            }
        }

        public void Required(string file, string at, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Errors.Add(new(file, at, "is empty"));
            }
        }

        private string KnownOwners => string.Join(", ", RoleIds.Order()) + " or " + RoleOwner.SharedId;

        public void Owner(string file, string at, string owner)
        {
            if (string.IsNullOrWhiteSpace(owner))
            {
                Errors.Add(new(file, at, $"is empty: say {KnownOwners}"));
            }
            else if (owner != RoleOwner.SharedId && !RoleIds.Contains(owner))
            {
                Errors.Add(new(file, at, $"'{owner}' is not {KnownOwners}"));
            }
        }

        public void Roles(string file, string at, List<string> roles)
        {
            foreach (var role in roles.Where(r => !RoleIds.Contains(r)))
            {
                Errors.Add(new(file, at, $"'{role}' is not a role of roles.yml ({string.Join(", ", RoleIds.Order())})"));
            }
        }

        public void Steps(string file, string at, List<EscalationStepEntry> steps)
        {
            for (var i = 0; i < steps.Count; i++)
            {
                if (!RoleIds.Contains(steps[i].Role) && !OtherContacts.Contains(steps[i].Role))
                {
                    Errors.Add(new(file, $"{at}[{i}].role", $"'{steps[i].Role}' is not one of {string.Join(", ", RoleIds.Order().Concat(OtherContacts))}"));
                }

                Required(file, $"{at}[{i}].action", steps[i].Action);
            }
        }

        public void StatisticRefs(string file, string at, List<string> ids)
        {
            foreach (var id in ids.Where(id => !StatisticIds.Contains(id)))
            {
                Errors.Add(new(file, at + ".statistics", $"unknown statistic '{id}'"));
            }
        }

        public void Sources(string file, string at, List<SourceRef> sources)
        {
            if (sources.Count == 0)
            {
                Errors.Add(new(file, at + ".sources", "needs at least one source (doc and section)"));
            }

            for (var i = 0; i < sources.Count; i++)
            {
                if (!SourceIds.Contains(sources[i].Doc))
                {
                    Errors.Add(new(file, $"{at}.sources[{i}].doc", $"unknown source document '{sources[i].Doc}'"));
                }

                Required(file, $"{at}.sources[{i}].section", sources[i].Section);
            }
        }
    }
}
