using System.Collections.Frozen;

namespace RoleBot.Core.Dialog;

/// <summary>
/// The word lists every reading of a question uses, from <c>knowledge/language/en/cues.yml</c>; the summaries say what
/// the dialog does with each.
/// </summary>
internal static class Lexicon
{
    /// <summary>Words that carry no topic.</summary>
    public static readonly FrozenSet<string> StopWords = Cues.WordSet(nameof(StopWords));

    /// <summary>Words that open a noun phrase; after "not" they mark what a question sets aside ("not the IT budget").</summary>
    public static readonly FrozenSet<string> Determiners = Cues.WordSet(nameof(Determiners));

    /// <summary>Words that deny what follows: what a question says did not happen is not what it is about.</summary>
    public static readonly FrozenSet<string> Negators = Cues.WordSet(nameof(Negators));

    /// <summary>Words a denial reaches across to what it denies: "doesn't look like a hack".</summary>
    public static readonly FrozenSet<string> DenialBridges = Cues.WordSet(nameof(DenialBridges));

    /// <summary>Words that say security is involved, besides the incident words; denied, they say it is not.</summary>
    public static readonly FrozenSet<string> SecurityWords = Cues.WordSet(nameof(SecurityWords));

    /// <summary>The two sides people name when asking whose a thing is: "IT or security?".</summary>
    public static readonly FrozenSet<string> Sides = Cues.WordSet(nameof(Sides));

    /// <summary>Words that set aside what follows them when a determiner comes next and no auxiliary before ("not the IT budget").</summary>
    public static readonly FrozenSet<string> ExclusionNegators = Cues.WordSet(nameof(ExclusionNegators));

    /// <summary>Phrases that set aside what follows them, up to the end of the clause: "rather than", "instead of".</summary>
    public static readonly PhraseList ExclusionPhrases = Cues.Phrases(nameof(ExclusionPhrases));

    /// <summary>Verbs a contracted "not" attaches to ("shouldn't", "isn't"), which make a question rather than an exclusion.</summary>
    public static readonly FrozenSet<string> Auxiliaries = Cues.WordSet(nameof(Auxiliaries));

    /// <summary>Verbs and nouns of ownership: they say an ownership question is being asked, not about what.</summary>
    public static readonly FrozenSet<string> OwnershipWords = Cues.WordSet(nameof(OwnershipWords));

    /// <summary>The subset of <see cref="OwnershipWords"/> that asks "who owns it?" (nouns such as "role" do not).</summary>
    public static readonly FrozenSet<string> OwnershipCues = Cues.WordSet(nameof(OwnershipCues));

    /// <summary>Nouns that, right after "which", only frame the question ("which exec owns…", "which team handles…").</summary>
    public static readonly FrozenSet<string> WhichFraming = Cues.WordSet(nameof(WhichFraming));

    /// <summary>Words that fit almost any topic; they count for ranking but not for deciding a question is in scope.</summary>
    public static readonly FrozenSet<string> WeakWords = Cues.WordSet(nameof(WeakWords));

    /// <summary>
    /// Business functions and workplace matters outside IT and security. A question about one of them ("the marketing
    /// budget", "sales commission payouts") is someone else's, unless it also names technology or security.
    /// </summary>
    public static readonly FrozenSet<string> OtherFunctions = Cues.WordSet(nameof(OtherFunctions));

    /// <summary>Phrases for matters of other functions, read like <see cref="OtherFunctions"/>: "my performance review".</summary>
    public static readonly PhraseList OtherFunctionPhrases = Cues.Phrases(nameof(OtherFunctionPhrases));

    /// <summary>Words that tie a question to technology or security, whatever business function it mentions.</summary>
    public static readonly FrozenSet<string> TechnologyAnchors = Cues.WordSet(nameof(TechnologyAnchors));

    /// <summary>Abbreviations and spellings people type, mapped to the words the knowledge base uses.</summary>
    public static readonly FrozenDictionary<string, string[]> Expansions = Cues.Expansions();

    /// <summary>
    /// Words after "IT" in lower case that show the department is meant ("the it budget") rather than the pronoun.
    /// </summary>
    public static readonly FrozenSet<string> DepartmentFollowers = Cues.WordSet(nameof(DepartmentFollowers));
}
