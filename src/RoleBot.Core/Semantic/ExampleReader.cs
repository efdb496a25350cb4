using System.Text.Json;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Semantic;

/// <summary>Parses example files and checks every line against the knowledge base, naming file, line and field for each fault.</summary>
public static class ExampleReader
{
    public static readonly IReadOnlySet<string> Intents = new HashSet<string>(
        [ExampleQuestion.Ownership, "statistic", ExampleQuestion.Escalation, "comparison", ExampleQuestion.Role, "reporting", ExampleQuestion.Help, ExampleQuestion.OutOfScope],
        StringComparer.Ordinal);

    private const int MaxTextLength = 2_000;

    public static (IReadOnlyList<ExampleQuestion> Examples, IReadOnlyList<KnowledgeError> Errors) Read(IReadOnlyList<ExampleFile> files, KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(knowledge);
        var ids = KnownIds(knowledge);
        var examples = new List<ExampleQuestion>();
        var errors = new List<KnowledgeError>();
        // The same question asked in two rounds is one piece of evidence, not two: it would outvote its neighbours.
        var seen = new HashSet<(UInt128 Text, string Label)>();
        foreach (var file in files)
        {
            var lines = file.Content.Split('\n');
            for (var n = 0; n < lines.Length; n++)
            {
                var line = lines[n].Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                var where = $"examples/{file.Name}";
                var field = $"line {n + 1}";
                if (Parse(line) is not { } example)
                {
                    errors.Add(new KnowledgeError(where, field, "not a JSON object with string fields text, intent and (optional) entry"));
                }
                else if (string.IsNullOrWhiteSpace(example.Text) || example.Text.Length > MaxTextLength)
                {
                    errors.Add(new KnowledgeError(where, field + ", text", $"must be 1 to {MaxTextLength} characters"));
                }
                else if (!Intents.Contains(example.Intent))
                {
                    errors.Add(new KnowledgeError(where, field + ", intent", $"'{example.Intent}' is not one of {string.Join(", ", Intents.Order())}"));
                }
                else if (example.Intent is ExampleQuestion.Help or ExampleQuestion.OutOfScope ? example.Entry is not null : example.Entry is null)
                {
                    errors.Add(new KnowledgeError(where, field + ", entry", example.Entry is null
                        ? "names no entry; every intent but help and out_of_scope needs the id of the entry that answers it"
                        : $"help and out_of_scope examples name no entry, but this one names '{example.Entry}'"));
                }
                else if (example.Entry is not null && !ids.Contains(example.Entry))
                {
                    errors.Add(new KnowledgeError(where, field + ", entry", $"'{example.Entry}' is not the id of any role, responsibility, playbook, figure, comparison or topic"));
                }
                else if (seen.Add((VectorCache.Key(example.Text), example.Label)))
                {
                    examples.Add(example);
                }
            }
        }

        return (examples, errors);
    }

    private static ExampleQuestion? Parse(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String
                || !root.TryGetProperty("intent", out var intent) || intent.ValueKind != JsonValueKind.String)
            {
                return null;
            }

            string? entry = null;
            if (root.TryGetProperty("entry", out var e))
            {
                if (e.ValueKind != JsonValueKind.String)
                {
                    return null;
                }

                entry = e.GetString();
            }

            return new ExampleQuestion(text.GetString()!, intent.GetString()!, entry);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static HashSet<string> KnownIds(KnowledgeBase k) =>
        k.Roles.Select(r => r.Id)
            .Concat(k.Responsibilities.Select(r => r.Id))
            .Concat(k.Playbooks.Select(p => p.Id))
            .Concat(k.Statistics.Select(s => s.Id))
            .Concat(k.Topics.Select(t => t.Id))
            .Concat(k.Comparisons.Select(c => c.Id))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
}
