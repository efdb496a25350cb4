using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Hears through speech-to-text: "the sea so" is the CISO. A run of two or three words is replaced by a role's id, or a
/// distinctive word of the knowledge base's names, aliases and triggers, that sounds the same: both reduce to one
/// consonant skeleton, the key. Only words RoleBot does not know are rewritten, except that a role's id may end in a
/// short word it does know ("sea so"). Single words are left to the typo corrector: a real word that sounds like a
/// knowledge-base word ("proportion", "preparation") cannot be told from a mishearing without its context. A role's id
/// is the exception: a word nobody knows, spelled within two letters of it ("sisso"), is heard as the role. A role's id
/// read out letter by letter ("see I owe", "see eye oh") is heard through the names of the letters, known words or not,
/// since only a run that spells an id exactly is rewritten; so are the knowledge base's acronyms ("gee dee pee are":
/// GDPR). A role's id heard as a spoken letter and a short word ("the see so") counts after a determiner only, since
/// "I see so many" is English.
/// </summary>
internal sealed partial class SoundAlike
{
    /// <summary>A knowledge-base word must be at least this long to be heard in a run of words ("ransomware", not "patch").</summary>
    private const int MinSingleWordTarget = 6;

    /// <summary>The longest known word a role's id may end in when heard ("sea so").</summary>
    private const int ShortWord = 3;

    /// <summary>How far a single unknown word may be spelled from a role's id and still be heard as it ("sisso": CISO).</summary>
    private const int MaxRoleEdits = 2;

    /// <summary>The key's mark for a word that opens with a vowel; no consonant code uses it.</summary>
    private const char InitialVowel = '_';

    private const int MinAcronym = 3;
    private const int MaxAcronym = 6;

    private readonly FrozenDictionary<string, string> targetsByKey;
    private readonly FrozenSet<string> compounds;
    private readonly FrozenSet<string> knowledgeWords;
    private readonly Func<string, bool> knows;
    private readonly FrozenSet<string> roles;
    private readonly FrozenDictionary<string, char> letters;
    private readonly FrozenDictionary<string, string> spelledWords;
    private readonly FrozenSet<string> determiners;
    private readonly FrozenSet<string> standalone;
    private readonly int longestSpelling;

    /// <param name="letterNames">Each letter's spoken names ("c": "see", "sea"); a letter also stands for itself.</param>
    /// <param name="determiners">Words after which a spoken letter may begin a role's id ("the", "our").</param>
    /// <param name="standalone">Words that are heard as themselves, never as part of another word: "my account says i
    /// signed in" is not "my account CISO signed in".</param>
    public SoundAlike(IEnumerable<string> roleIds, IEnumerable<string> knowledgeWords, Func<string, bool> knows,
        IReadOnlyDictionary<char, string[]>? letterNames = null, IEnumerable<string>? determiners = null, IEnumerable<string>? standalone = null)
    {
        var vocabulary = knowledgeWords.ToArray();
        this.determiners = (determiners ?? []).ToFrozenSet(StringComparer.Ordinal);
        this.standalone = (standalone ?? []).ToFrozenSet(StringComparer.Ordinal);
        this.knows = knows;
        roles = roleIds.ToFrozenSet(StringComparer.Ordinal);
        letters = (letterNames ?? new Dictionary<char, string[]>())
            .SelectMany(p => p.Value.Select(name => (Name: name, Letter: p.Key)))
            .Concat(Enumerable.Range('a', 26).Select(c => (Name: ((char)c).ToString(), Letter: (char)c)))
            .DistinctBy(p => p.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(p => p.Name, p => p.Letter, StringComparer.Ordinal);
        // Acronyms are the knowledge base's words written in capitals; three letters at least, since two common words
        // can spell two letters.
        spelledWords = roles.Where(id => id.Length >= 2 && id.All(char.IsAsciiLetter))
            .Concat(vocabulary.Where(w => w.Length is >= MinAcronym and <= MaxAcronym && w.All(char.IsAsciiLetterUpper)))
            .DistinctBy(w => w.ToLowerInvariant(), StringComparer.Ordinal)
            .ToFrozenDictionary(w => w.ToLowerInvariant(), w => w, StringComparer.Ordinal);
        longestSpelling = spelledWords.Keys.Select(k => k.Length).DefaultIfEmpty(0).Max();
        this.knowledgeWords = vocabulary.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);
        compounds = vocabulary.Where(w => w.Length >= MinSingleWordTarget && w.All(char.IsLetter))
            .Select(w => w.ToLowerInvariant())
            .ToFrozenSet(StringComparer.Ordinal);
        var candidates = roles.Select(id => (Word: id, Key: Key(id), MinKey: 2))
            .Concat(vocabulary.Where(w => w.Length >= MinSingleWordTarget && w.All(char.IsLetter))
                .Select(w => (Word: w.ToLowerInvariant(), Key: Key(w), MinKey: 3)))
            .Where(c => c.Key.Length >= c.MinKey);
        // A key two different words share says nothing about which one was meant.
        targetsByKey = candidates.GroupBy(c => c.Key, StringComparer.Ordinal)
            .Where(g => g.Select(c => c.Word.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First().Word, StringComparer.Ordinal);
    }

    [GeneratedRegex(@"[\p{L}]+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // Capitals typed one by one, as dictation writes an acronym it heard spelled: "C E O", "I T".
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:\p{Lu} ){1,7}\p{Lu}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex TypedCapitals();

    public string Rewrite(string text)
    {
        text = TypedCapitals().Replace(text, m => m.Value.Replace(" ", "", StringComparison.Ordinal));
        var words = Word().Matches(text);
        if (words.Count == 0 || targetsByKey.Count == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        var copiedTo = 0;
        for (var i = 0; i < words.Count; i++)
        {
            for (var length = Math.Min(Math.Max(3, longestSpelling), words.Count - i); length >= 1; length--)
            {
                if ((length == 1 ? RoleHeardAsOneWord(words[i].Value) : Spelled(words, i, length) ?? (length <= 3 ? Heard(words, i, length) : null))
                    is not { } target)
                {
                    continue;
                }

                var last = words[i + length - 1];
                result.Append(text, copiedTo, words[i].Index - copiedTo).Append(target);
                copiedTo = last.Index + last.Length;
                i += length - 1;
                break;
            }
        }

        return copiedTo == 0 ? text : result.Append(text, copiedTo, text.Length - copiedTo).ToString();
    }

    /// <summary>
    /// A word nobody knows that sounds like a role's id and is spelled nearly like it: "sisso", "siso", "cisso" are how
    /// people who have only heard "CISO" write it. English words that sound alike ("sauce", "size") are further off in
    /// spelling, and known words are never rewritten.
    /// </summary>
    private string? RoleHeardAsOneWord(string word)
    {
        var lower = word.ToLowerInvariant();
        return !knows(lower) && targetsByKey.TryGetValue(Key(lower), out var target) && roles.Contains(target)
            && !lower.Equals(target, StringComparison.OrdinalIgnoreCase)
            && EditDistance.Within(lower, target.ToLowerInvariant(), MaxRoleEdits) <= MaxRoleEdits
                ? target
                : null;
    }

    /// <summary>The role id or acronym the run's words spell letter by letter ("see I owe": CIO), or null.</summary>
    private string? Spelled(MatchCollection words, int start, int length)
    {
        var spelling = new StringBuilder(length);
        for (var j = start; j < start + length; j++)
        {
            if (j > start && words[j].Index - (words[j - 1].Index + words[j - 1].Length) != 1)
            {
                return null;
            }

            var word = words[j].Value.ToLowerInvariant();
            // "see I owes job": the last letter may carry a plural or possessive s.
            if (letters.TryGetValue(word, out var letter)
                || (j == start + length - 1 && word.Length > 2 && word.EndsWith('s') && letters.TryGetValue(word[..^1], out letter)))
            {
                spelling.Append(letter);
            }
            else
            {
                return null;
            }
        }

        return spelledWords.GetValueOrDefault(spelling.ToString());
    }

    private string? Heard(MatchCollection words, int start, int length)
    {
        var run = new StringBuilder();
        var unknown = 0;
        var last = "";
        for (var j = start; j < start + length; j++)
        {
            // Words must follow each other with only spaces between: "sea, so" is two thoughts.
            if (j > start && words[j].Index - (words[j - 1].Index + words[j - 1].Length) != 1)
            {
                return null;
            }

            last = words[j].Value.ToLowerInvariant();
            if (standalone.Contains(last))
            {
                return null;
            }

            unknown += knows(last) ? 0 : 1;
            run.Append(last);
        }

        var joined = run.ToString();

        // "fire wall", "pass word", "road map": dictation splits a compound into words that each exist. Spelled exactly,
        // it is the compound, unless a part is a word that only links others ("on board" is not "onboard") or every part
        // is a knowledge-base word already ("zero trust" is how the knowledge base itself writes it).
        if (compounds.Contains(joined))
        {
            var parts = Enumerable.Range(start, length).Select(j => words[j].Value.ToLowerInvariant()).ToArray();
            return parts.Any(Lexicon.StopWords.Contains) || parts.All(knowledgeWords.Contains) ? null : joined;
        }

        // "the sea sos": a role's id heard in the plural, its last word one nobody knows ("what size is it" is English).
        var plural = "";
        if (!targetsByKey.TryGetValue(Key(joined), out var target) && last.Length >= 3 && last.EndsWith('s') && !knows(last)
            && targetsByKey.TryGetValue(Key(joined[..^1]), out var singular) && roles.Contains(singular))
        {
            (target, joined, plural) = (singular, joined[..^1], "s");
        }

        if (target is null
            || joined.Equals(target, StringComparison.OrdinalIgnoreCase)
            || Math.Abs(joined.Length - target.Length) > Math.Max(2, target.Length / 3))
        {
            return null;
        }

        var allUnknown = unknown == length;
        var first = words[start].Value.ToLowerInvariant();
        var spokenLetterFirst = first.Length > 1 && letters.ContainsKey(first) && start > 0 && determiners.Contains(words[start - 1].Value.ToLowerInvariant());
        var roleEndingInShortWord = roles.Contains(target) && last.Length <= ShortWord
            && ((unknown == length - 1 && !knows(first)) || (spokenLetterFirst && unknown >= length - 2));
        return allUnknown || roleEndingInShortWord ? target + plural : null;
    }

    /// <summary>
    /// The consonant skeleton of a word: letters that sound alike merge (ph/f, c/k/q, c before e/i/y with s, b/p, d/t,
    /// g/k, v/f, z/s), vowels and h, w, y drop, and a doubled consonant counts once. A vowel that opens the word stays, as
    /// one mark for any vowel: dictation keeps how a word begins, and without it "dee doss" (a DDoS) was heard as "audits".
    /// </summary>
    internal static string Key(string text)
    {
        var s = text.ToLowerInvariant();
        var key = new StringBuilder(s.Length);
        if (s.Length > 0 && "aeiou".Contains(s[0], StringComparison.Ordinal))
        {
            key.Append(InitialVowel);
        }

        var previous = '\0';
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var next = i + 1 < s.Length ? s[i + 1] : '\0';
            char code;
            switch (c)
            {
                case 'p' when next == 'h':
                    code = 'f';
                    i++;
                    break;
                case 's' or 'c' when next == 'h':
                    code = 'x';
                    i++;
                    break;
                case 'c':
                    code = next is 'e' or 'i' or 'y' ? 's' : 'k';
                    break;
                case 'q' or 'g' or 'k':
                    code = 'k';
                    break;
                case 'z':
                    code = 's';
                    break;
                case 'b':
                    code = 'p';
                    break;
                case 'd':
                    code = 't';
                    break;
                case 'v':
                    code = 'f';
                    break;
                case 'x':
                    code = 'x';
                    break;
                case >= 'a' and <= 'z' when "aeiouhwy".Contains(c, StringComparison.Ordinal):
                    previous = '\0';
                    continue;
                case >= 'a' and <= 'z':
                    code = c;
                    break;
                default:
                    continue;
            }

            if (code != previous)
            {
                key.Append(code);
            }

            previous = code;
        }

        return key.ToString();
    }
}
