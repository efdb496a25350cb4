using System.Reflection;
using RoleBot.Core.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace RoleBot.Core.Dialog;

/// <summary>
/// The cue words and phrases of <c>knowledge/language/en/cues.yml</c>, compiled into RoleBot: how people ask, kept as
/// data. <see cref="CueWords"/> names each list and says what the dialog does with it.
/// </summary>
internal static class Cues
{
    public const string ResourceName = "language/en/cues.yml";

    /// <summary>
    /// Every list the dialog reads, by the snake-case name of its <see cref="CueWords"/> field; a file without one of
    /// them is refused. Reading field names does not run <see cref="CueWords"/>' initialiser, which loads this file.
    /// </summary>
    public static readonly string[] WordLists = ListNames(typeof(string[]));

    public static readonly string[] PhraseLists = ListNames(typeof(PhraseList));

    private static readonly CueFile Data = Parse(ReadEmbedded());

    public static string[] Words(string field) => [.. Data.Words[SnakeCase(field)]];

    public static PhraseList Phrases(string field) => new([.. Data.Phrases[SnakeCase(field)].Select(phrase => phrase.Split(' '))]);

    private static string[] ListNames(Type type) =>
        [.. typeof(CueWords).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).Select(f => SnakeCase(f.Name))];

    /// <summary>"IncidentWords" → "incident_words".</summary>
    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));

    public static string ReadEmbedded()
    {
        using var stream = typeof(Cues).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is missing from RoleBot.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Every fault in a cues file, naming list and entry; empty when it is valid.</summary>
    public static IReadOnlyList<KnowledgeError> Check(string yaml, string fileName = "language/en/cues.yml")
    {
        CueFile file;
        try
        {
            file = Deserialize(yaml);
        }
        catch (YamlException e)
        {
            return [new KnowledgeError(fileName, $"line {e.Start.Line}, column {e.Start.Column}", e.InnerException?.Message ?? e.Message)];
        }

        var errors = new List<KnowledgeError>();
        Lists(errors, fileName, "words", file.Words, WordLists, phrase: false);
        Lists(errors, fileName, "phrases", file.Phrases, PhraseLists, phrase: true);
        return errors;
    }

    private static void Lists(List<KnowledgeError> errors, string fileName, string section, Dictionary<string, List<string>> lists, string[] required, bool phrase)
    {
        foreach (var name in required.Where(name => !lists.ContainsKey(name)))
        {
            errors.Add(new KnowledgeError(fileName, $"{section}.{name}", "is missing; the dialog reads this list"));
        }

        foreach (var (name, entries) in lists)
        {
            if (!required.Contains(name))
            {
                errors.Add(new KnowledgeError(fileName, $"{section}.{name}", $"is not a list the dialog reads ({string.Join(", ", required)})"));
            }

            foreach (var entry in entries ?? [])
            {
                var words = (entry ?? "").Split(' ');
                if (words.Any(w => w.Length == 0) || entry!.Any(char.IsUpper) || (!phrase && words.Length > 1))
                {
                    errors.Add(new KnowledgeError(fileName, $"{section}.{name}", $"'{entry}' must be {(phrase ? "lower-case words separated by single spaces" : "one lower-case word")}"));
                }
            }
        }
    }

    private static CueFile Parse(string yaml)
    {
        var errors = Check(yaml);
        return errors.Count > 0 ? throw new KnowledgeLoadException(errors) : Deserialize(yaml);
    }

    private static CueFile Deserialize(string yaml) =>
        new DeserializerBuilder().Build().Deserialize<CueFile?>(yaml) ?? new CueFile();

    private sealed class CueFile
    {
        [YamlMember(Alias = "words")]
        public Dictionary<string, List<string>> Words { get; set; } = [];

        [YamlMember(Alias = "phrases")]
        public Dictionary<string, List<string>> Phrases { get; set; } = [];
    }
}
