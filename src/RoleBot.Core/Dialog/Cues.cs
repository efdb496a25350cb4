using System.Collections.Frozen;
using System.Reflection;
using RoleBot.Core.Knowledge;
using YamlDotNet.Core;
using YamlDotNet.Serialization;

namespace RoleBot.Core.Dialog;

/// <summary>
/// The cue words and phrases of <c>knowledge/language/en/cues.yml</c>, compiled into RoleBot: how people ask, kept as
/// data. <see cref="CueWords"/> and <see cref="Lexicon"/> name each list and say what the dialog does with it.
/// </summary>
internal static class Cues
{
    public const string ResourceName = "language/en/cues.yml";

    /// <summary>
    /// Every list the dialog reads, by the snake-case name of its <see cref="CueWords"/> or <see cref="Lexicon"/> field;
    /// a file without one of them is refused. Reading field names does not run their initialisers, which load this file.
    /// </summary>
    public static readonly string[] WordLists = [.. ListNames(typeof(CueWords), typeof(string[])), .. ListNames(typeof(Lexicon), typeof(FrozenSet<string>))];

    public static readonly string[] PhraseLists = [.. ListNames(typeof(CueWords), typeof(PhraseList)), .. ListNames(typeof(Lexicon), typeof(PhraseList))];

    private static readonly CueFile Data = Parse(ReadEmbedded());

    public static string[] Words(string field) => [.. Data.Words[SnakeCase(field)]];

    public static FrozenSet<string> WordSet(string field) => Data.Words[SnakeCase(field)].ToFrozenSet(StringComparer.Ordinal);

    public static PhraseList Phrases(string field) => new([.. Data.Phrases[SnakeCase(field)].Select(phrase => phrase.Split(' '))]);

    /// <summary>Each shorthand word and the words it stands for.</summary>
    public static FrozenDictionary<string, string[]> Expansions() =>
        Data.Expansions.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>For each intent, the words that only repeat it.</summary>
    public static FrozenDictionary<Answers.Intent, string[]> IntentFiller() =>
        Data.IntentFiller.ToFrozenDictionary(p => Enum.Parse<Answers.Intent>(p.Key, ignoreCase: true), p => p.Value.ToArray());

    /// <summary>How British spellings become American ones.</summary>
    public static SpellingRules Spelling() => new(
        Data.Spelling.Words.ToFrozenDictionary(StringComparer.Ordinal),
        [.. Data.Spelling.Suffixes.Select(pair => (pair[0], pair[1]))],
        Data.Spelling.Unchanged.ToFrozenSet(StringComparer.Ordinal));

    /// <summary>Each letter's spoken names, for acronyms read out letter by letter.</summary>
    public static FrozenDictionary<char, string[]> LetterNames() =>
        Data.LetterNames.ToFrozenDictionary(p => p.Key[0], p => p.Value.ToArray());

    /// <summary>The lists <paramref name="owner"/> reads from this file: its fields of <paramref name="type"/> (CueWords' sets are derived from its arrays).</summary>
    private static IEnumerable<string> ListNames(Type owner, Type type) =>
        owner.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == type).Select(f => SnakeCase(f.Name));

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
        foreach (var (word, meaning) in file.Expansions)
        {
            if (!IsWords(word, phrase: false) || meaning is not { Count: > 0 } || meaning.Any(m => !IsWords(m, phrase: false)))
            {
                errors.Add(new KnowledgeError(fileName, $"expansions.{word}", "must map one lower-case word to a list of lower-case words"));
            }
        }

        foreach (var (intent, words) in file.IntentFiller ?? [])
        {
            if (!Enum.TryParse<Answers.Intent>(intent, ignoreCase: true, out _) || intent.Any(char.IsUpper))
            {
                errors.Add(new KnowledgeError(fileName, $"intent_filler.{intent}", $"is not an intent ({string.Join(", ", Enum.GetNames<Answers.Intent>().Select(n => n.ToLowerInvariant()))})"));
            }

            errors.AddRange((words ?? []).Where(w => !IsWords(w, phrase: false))
                .Select(w => new KnowledgeError(fileName, $"intent_filler.{intent}", $"'{w}' must be one lower-case word")));
        }

        CheckSpelling(errors, fileName, file.Spelling ?? new SpellingSection());
        var letterOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (letter, names) in file.LetterNames ?? [])
        {
            if (letter is not [>= 'a' and <= 'z'] || names is not { Count: > 0 } || names.Any(n => !IsWords(n, phrase: false)))
            {
                errors.Add(new KnowledgeError(fileName, $"letter_names.{letter}", "must map one lower-case letter to a list of lower-case words"));
                continue;
            }

            foreach (var name in names.Where(n => !letterOf.TryAdd(n, letter) && letterOf[n] != letter))
            {
                errors.Add(new KnowledgeError(fileName, $"letter_names.{letter}", $"'{name}' already names the letter {letterOf[name]}"));
            }
        }

        return errors;
    }

    private static void CheckSpelling(List<KnowledgeError> errors, string fileName, SpellingSection spelling)
    {
        foreach (var (british, american) in (spelling.Words ?? []).Where(p => !IsWords(p.Key, phrase: false) || !IsWords(p.Value, phrase: false)))
        {
            errors.Add(new KnowledgeError(fileName, "spelling.words", $"'{british}': '{american}' must map one lower-case word to another"));
        }

        foreach (var pair in (spelling.Suffixes ?? []).Where(p => p is not [var british, var american] || !IsWords(british, phrase: false) || !IsWords(american, phrase: false)))
        {
            errors.Add(new KnowledgeError(fileName, "spelling.suffixes", $"[{string.Join(", ", pair ?? [])}] must be a British ending and its American one, lower case"));
        }

        errors.AddRange((spelling.Unchanged ?? []).Where(w => !IsWords(w, phrase: false))
            .Select(w => new KnowledgeError(fileName, "spelling.unchanged", $"'{w}' must be one lower-case word")));
    }

    private static bool IsWords(string? entry, bool phrase)
    {
        var words = (entry ?? "").Split(' ');
        return !words.Any(w => w.Length == 0) && !entry!.Any(char.IsUpper) && (phrase || words.Length == 1);
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
                if (!IsWords(entry, phrase))
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

        [YamlMember(Alias = "expansions")]
        public Dictionary<string, List<string>> Expansions { get; set; } = [];

        [YamlMember(Alias = "letter_names")]
        public Dictionary<string, List<string>> LetterNames { get; set; } = [];

        [YamlMember(Alias = "intent_filler")]
        public Dictionary<string, List<string>> IntentFiller { get; set; } = [];

        [YamlMember(Alias = "spelling")]
        public SpellingSection Spelling { get; set; } = new();
    }

    private sealed class SpellingSection
    {
        [YamlMember(Alias = "words")]
        public Dictionary<string, string> Words { get; set; } = [];

        [YamlMember(Alias = "suffixes")]
        public List<List<string>> Suffixes { get; set; } = [];

        [YamlMember(Alias = "unchanged")]
        public List<string> Unchanged { get; set; } = [];
    }

    /// <summary>Whole words first, then endings in order, except for words that only look British.</summary>
    internal sealed record SpellingRules(FrozenDictionary<string, string> Words, (string British, string American)[] Suffixes, FrozenSet<string> Unchanged);
}
