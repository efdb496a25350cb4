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

    /// <summary>Every list the dialog reads; a file without one of them is refused.</summary>
    public static readonly string[] WordLists =
    [
        "greetings", "hypothetical", "social_events", "companies", "news_words", "arithmetic_words", "pay_words", "role_nouns",
        "small_talk", "incident_verbs", "first_person", "prevention", "incident_words", "event_markers", "populations",
        "generalities", "follow_up_starts", "pronouns",
    ];

    public static readonly string[] PhraseLists =
    [
        "creative_requests", "trivia", "action_requests", "other_owners", "help_phrases", "statistic_phrases", "reporting_phrases",
        "role_phrases", "career_phrases", "explicit_comparisons", "comparison_phrases", "urgent_phrases", "workplace_phrases",
        "role_part_phrases", "follow_up_phrases",
    ];

    private static readonly CueFile Data = Parse(ReadEmbedded());

    public static string[] Words(string name) => [.. Data.Words[name]];

    public static PhraseList Phrases(string name) => new([.. Data.Phrases[name].Select(phrase => phrase.Split(' '))]);

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
