using System.Collections.Concurrent;
using System.Collections.Frozen;
using RoleBot.Core.Answers;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Dialog;

/// <summary>
/// Reads questions and knowledge-base text into stems the same way, and corrects typos in questions
/// against the knowledge base's own vocabulary ("responce" → "response", "managment" → "management").
/// </summary>
internal sealed class QueryAnalyzer
{
    private const int MaxCachedCorrections = 20_000;
    // Shorter words are too often real words that happen to sit one letter from a knowledge-base word ("slack" → "stack").
    private const int MinFuzzyLength = 6;
    // "doesn't look like a hack": three linking words; a denial further off than that is about something else.
    private const int MaxDenialBridge = 3;

    private readonly FrozenSet<string> _vocabulary;
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly FrozenSet<string> _stems;
    private readonly Dictionary<int, string[]> _vocabularyByLength;
    private readonly ConcurrentDictionary<string, string[]> _corrections = new(StringComparer.Ordinal);
    private readonly FrozenDictionary<string, (string[] Phrase, string[] Meaning)[]> _synonymsByFirstWord;
    private readonly (string[] Words, RoleOwner Role)[] _roleTitles;
    private readonly FrozenSet<string> _roleNames;

    /// <summary>A title in the plural: its head noun, the word before "of" where there is one, else the last, takes the ending.</summary>
    private static string[] Plural(string[] title)
    {
        var of = Array.IndexOf(title, "of");
        var head = of > 0 ? of - 1 : title.Length - 1;
        var word = title[head];
        var plural = word switch
        {
            _ when word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) => word + "es",
            [.., var c, 'y'] when !"aeiou".Contains(c, StringComparison.Ordinal) => word[..^1] + "ies",
            _ => word + "s",
        };
        return [.. title[..head], plural, .. title[(head + 1)..]];
    }

    public QueryAnalyzer(IEnumerable<string> knowledgeText, IEnumerable<Synonym> synonyms, IEnumerable<RoleProfile> roles)
    {
        // Every way roles.yml names a role, and its plural ("CISOs", "security chiefs", "heads of IT"); longest first, so
        // "head of IT security" is not read as "head of IT".
        _roleTitles = roles
            .SelectMany(r => r.Aliases.Append(r.Title).Append(r.Id).Select(name => (Words: Words(name), Role: new RoleOwner(r.Id))))
            .Where(t => t.Words.Length > 0)
            .SelectMany(t => new[] { t, (Words: Plural(t.Words), t.Role) })
            .DistinctBy(t => string.Join(' ', t.Words), StringComparer.Ordinal)
            .OrderByDescending(t => t.Words.Length)
            .ToArray();
        _roleNames = _roleTitles.Where(t => t.Words.Length == 1).Select(t => t.Words[0]).ToFrozenSet(StringComparer.Ordinal);

        // Longest phrase first, so "friendly hackers" wins over "hackers".
        var meanings = synonyms
            .SelectMany(s => s.Say.Select(say => (Phrase: Words(say), Meaning: s.Mean.SelectMany(Words).ToArray())))
            .Where(pair => pair.Phrase.Length > 0 && pair.Meaning.Length > 0)
            .ToArray();
        _synonymsByFirstWord = meanings
            .GroupBy(pair => pair.Phrase[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(pair => pair.Phrase.Length).ToArray(), StringComparer.Ordinal);

        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in knowledgeText)
        {
            foreach (var token in TextCleaner.Tokenize(text))
            {
                foreach (var word in Expand(token.Text))
                {
                    words.Add(word);
                    _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
                }
            }
        }

        words.UnionWith(Lexicon.OwnershipWords);
        words.UnionWith(Lexicon.WeakWords);
        // Other functions' words are real words too: "plants" or "refunds" must not be "corrected" into a topic.
        words.UnionWith(Lexicon.OtherFunctions);
        words.UnionWith(Lexicon.OtherFunctionPhrases.Phrases.SelectMany(p => p));
        words.UnionWith(meanings.SelectMany(pair => pair.Phrase));
        words.UnionWith(Lexicon.StopWords);
        words.UnionWith(CueWords.All);
        _vocabulary = words.ToFrozenSet(StringComparer.Ordinal);
        _stems = words.Where(w => w.Length > 3).Select(Stemmer.Stem).ToFrozenSet(StringComparer.Ordinal);
        // Known, but never what a typo is corrected to: "launch" is not "lunch".
        _vocabularyByLength = words.Where(w => w.Length >= MinFuzzyLength - 1 && w.All(char.IsLetter) && !Lexicon.OtherFunctions.Contains(w))
            .GroupBy(w => w.Length)
            .ToDictionary(g => g.Key, g => g.Order(StringComparer.Ordinal).ToArray());
    }

    /// <summary>True when the word, or another form of it with the same stem, occurs in the knowledge base or the lexicon.</summary>
    public bool Knows(string word) => _vocabulary.Contains(word) || (word.Length > 3 && _stems.Contains(Stemmer.Stem(word)));

    public AnalyzedQuery Analyze(string text)
    {
        var tokens = TextCleaner.Tokenize(text);
        var words = new List<string>(tokens.Count + 4);
        var departmentIt = new List<bool>(tokens.Count + 4);
        var clauseEnds = new List<bool>(tokens.Count + 4);
        var corrections = 0;
        foreach (var token in tokens)
        {
            foreach (var expanded in Expand(token.Text))
            {
                var corrected = Knows(expanded) ? [expanded] : Correct(expanded);
                if (corrected.Length != 1 || corrected[0] != expanded)
                {
                    corrections++;
                }

                foreach (var word in corrected)
                {
                    words.Add(word);
                    departmentIt.Add(token.IsDepartmentIt);
                    clauseEnds.Add(false);
                }
            }

            if (token.EndsClause && clauseEnds.Count > 0)
            {
                clauseEnds[^1] = true;
            }
        }

        var roles = new List<RoleOwner>(2);
        var roleSpans = new List<(int Start, int Length)>(2);
        var terms = new List<string>(words.Count);
        var content = new List<string>(words.Count);
        var excluded = false;
        var plainFrom = 0;
        var denied = Denied(words, clauseEnds);
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            if (i > 0 && (clauseEnds[i - 1] || word == "but"))
            {
                excluded = false;
            }

            excluded |= StartsExclusion(words, i);
            if (i < plainFrom || denied[i])
            {
                continue;
            }

            // "hackers break in" is searched as the knowledge base says it ("attack", "intrusion"), not as typed.
            if (!excluded && MeaningAt(words, i) is var (length, meaning))
            {
                // "laptops and phones": a meaning already in the question is not counted twice; and a single word the
                // knowledge base itself uses ("CVE") still counts as typed.
                var typed = length == 1 && _frequency.ContainsKey(word) ? [word] : Array.Empty<string>();
                foreach (var meant in meaning.Concat(typed).Where(m => !terms.Contains(Stemmer.Stem(m))))
                {
                    AddTerm(meant, terms, content);
                }

                plainFrom = i + length;
                continue;
            }

            var roleLength = RoleAt(words, i, out var role);
            if (roleLength > 0)
            {
                if (!roles.Contains(role))
                {
                    roles.Add(role);
                }

                roleSpans.Add((i, roleLength));
                i += roleLength - 1;
                continue;
            }

            // "the security budget (not the wider IT spend)": what the question sets aside is not its topic, and
            // "…, IT or security?" at the end of a clause only asks which side owns it.
            if (excluded || IsSideChoice(words, clauseEnds, i))
            {
                continue;
            }

            if (word == "it")
            {
                if (departmentIt[i] || (i + 1 < words.Count && Lexicon.DepartmentFollowers.Contains(words[i + 1])))
                {
                    terms.Add("it");
                    content.Add("it");
                }

                continue;
            }

            // Short bare numbers are list markers or arithmetic ("2+2"), never a topic; "27001" or "2026" may be.
            if (Lexicon.StopWords.Contains(word) || Lexicon.OwnershipWords.Contains(word) || (word.Length <= 2 && word.All(char.IsAsciiDigit))
                || (i > 0 && words[i - 1] == "which" && Lexicon.WhichFraming.Contains(word)))
            {
                continue;
            }

            AddTerm(word, terms, content);
        }

        return new AnalyzedQuery(words, terms, content, roles, corrections, _roleNames, WithoutRoles(words, roleSpans), denied,
            [.. clauseEnds.Select((_, i) => i == 0 || clauseEnds[i - 1])]);
    }

    private static List<string> WithoutRoles(List<string> words, List<(int Start, int Length)> roleSpans)
    {
        if (roleSpans.Count == 0)
        {
            return words;
        }

        var roleFree = new List<string>(words.Count);
        var next = 0;
        foreach (var (start, length) in roleSpans)
        {
            roleFree.AddRange(words.Skip(next).Take(start - next));
            roleFree.Add(AnalyzedQuery.RolePlaceholder);
            next = start + length;
        }

        roleFree.AddRange(words.Skip(next));
        return roleFree;
    }

    private static void AddTerm(string word, List<string> terms, List<string> content)
    {
        if (Lexicon.StopWords.Contains(word))
        {
            return;
        }

        var stem = Stemmer.Stem(word);
        terms.Add(stem);
        // A plural is as weak as its singular ("days", "day"); stems would go too far ("response" shares "responsible"'s).
        if (!Lexicon.WeakWords.Contains(word) && !(word.EndsWith('s') && Lexicon.WeakWords.Contains(word[..^1])))
        {
            content.Add(stem);
        }
    }

    /// <summary>The length of the everyday phrase starting at <paramref name="i"/> and what the knowledge base calls it.</summary>
    private (int Length, string[] Meaning)? MeaningAt(List<string> words, int i)
    {
        if (!_synonymsByFirstWord.TryGetValue(words[i], out var candidates))
        {
            return null;
        }

        foreach (var (phrase, meaning) in candidates)
        {
            if (PhraseList.OccursAt(words, i, phrase))
            {
                return (phrase.Length, meaning);
            }
        }

        return null;
    }

    /// <summary>Lower-cased words the way questions are read, without typo correction.</summary>
    private static string[] Words(string text) =>
        TextCleaner.Tokenize(text).SelectMany(token => Expand(token.Text)).ToArray();

    /// <summary>The stems knowledge-base text is indexed under: no typo correction, nothing dropped but stop words.</summary>
    public static List<string> IndexTerms(string text)
    {
        var terms = new List<string>();
        var tokens = TextCleaner.Tokenize(text);
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var word in Expand(tokens[i].Text))
            {
                if (word == "it")
                {
                    // In curated names and aliases "it" is always the department.
                    terms.Add("it");
                }
                else if (!Lexicon.StopWords.Contains(word))
                {
                    terms.Add(Stemmer.Stem(word));
                }
            }
        }

        return terms;
    }

    private static string[] Expand(string word)
    {
        var american = Spelling.American(word);
        return Lexicon.Expansions.TryGetValue(american, out var expansion) ? expansion : [american];
    }

    /// <summary>How many words starting at <paramref name="i"/> name a role (0 when none do).</summary>
    private int RoleAt(List<string> words, int i, out RoleOwner role)
    {
        foreach (var (title, owner) in _roleTitles)
        {
            if (PhraseList.OccursAt(words, i, title))
            {
                role = owner;
                return title.Length;
            }
        }

        role = default;
        return 0;
    }

    private static bool At(List<string> words, int i, string word) => i < words.Count && words[i] == word;

    /// <summary>True for either word of "IT or security" (or "security or IT") when the pair closes a clause.</summary>
    private static bool IsSideChoice(List<string> words, List<bool> clauseEnds, int i)
    {
        static bool Side(List<string> w, int at) => at >= 0 && at < w.Count && Lexicon.Sides.Contains(w[at]);
        bool ClosesClause(int last) => last == words.Count - 1 || clauseEnds[last];

        return Side(words, i)
            && ((At(words, i + 1, "or") && Side(words, i + 2) && ClosesClause(i + 2))
                || (i >= 2 && words[i - 1] == "or" && Side(words, i - 2) && ClosesClause(i)));
    }

    /// <summary>
    /// Which words a denial takes back: "it's not a virus, just down", "no security thing", "doesn't look like a hack".
    /// An outage said not to be an attack is an outage, so the words that would make it a security matter are not its
    /// topic. A denial reaches across a few linking words ("a", "sign of"), never past the end of its clause, and only to
    /// security and incident words: "not sure it's phishing" and "never clicked the phishing link" deny nothing. What is
    /// guarded against is no denial either.
    /// </summary>
    private static bool[] Denied(List<string> words, List<bool> clauseEnds)
    {
        var denied = new bool[words.Count];
        var guarded = false;
        for (var i = 0; i < words.Count; i++)
        {
            // "make sure our data never leaks" says what is guarded against, which stays the topic.
            guarded |= CueWords.Prevention.Contains(words[i]);
            if (guarded || !Lexicon.Negators.Contains(words[i]))
            {
                continue;
            }

            var j = i + 1;
            while (j < words.Count && j - i <= MaxDenialBridge && !clauseEnds[j - 1] && Lexicon.DenialBridges.Contains(words[j]))
            {
                j++;
            }

            for (; j < words.Count && !clauseEnds[j - 1] && IsSecurityWord(words[j]); j++)
            {
                denied[j] = true;
            }
        }

        return denied;
    }

    private static bool IsSecurityWord(string word) => Lexicon.SecurityWords.Contains(word) || CueWords.IncidentStems.Contains(Stemmer.Stem(word));

    /// <summary>"not the …", "rather than …", "instead of …", "excluding …".</summary>
    private static bool StartsExclusion(List<string> words, int i) =>
        Lexicon.ExclusionPhrases.StartsAt(words, i)
        // "shouldn't the CIO…" asks a question; only a "not" that follows no verb sets something aside.
        || (Lexicon.ExclusionNegators.Contains(words[i]) && i + 1 < words.Count && Lexicon.Determiners.Contains(words[i + 1])
            && (i == 0 || !Lexicon.Auxiliaries.Contains(words[i - 1])));

    private string[] Correct(string word)
    {
        if (word.Length < MinFuzzyLength || !word.All(char.IsLetter))
        {
            return [word];
        }

        if (_corrections.TryGetValue(word, out var cached))
        {
            return cached;
        }

        var result = Decompound(word) ?? Nearest(word) ?? [word];
        if (_corrections.Count < MaxCachedCorrections)
        {
            _corrections.TryAdd(word, result);
        }

        return result;
    }

    private string[]? Nearest(string word)
    {
        var max = word.Length >= 10 ? 2 : 1;
        string? best = null;
        var bestDistance = max + 1;
        for (var length = word.Length - max; length <= word.Length + max; length++)
        {
            if (!_vocabularyByLength.TryGetValue(length, out var candidates))
            {
                continue;
            }

            foreach (var candidate in candidates)
            {
                var distance = EditDistance.Within(word, candidate, Math.Min(max, bestDistance));
                // Between equally near words, the one the knowledge base uses most is the likelier intent ("compliane" → "compliance", not "compliant").
                if (distance < bestDistance
                    || (distance == bestDistance && distance <= max && _frequency.GetValueOrDefault(candidate) > _frequency.GetValueOrDefault(best!)))
                {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }

        return best is null ? null : [best];
    }

    private string[]? Decompound(string word)
    {
        if (word.Length < 7)
        {
            return null;
        }

        for (var split = 3; split <= word.Length - 3; split++)
        {
            var left = word[..split];
            var right = word[split..];
            if (_vocabulary.Contains(left) && _vocabulary.Contains(right)
                && !Lexicon.StopWords.Contains(left) && !Lexicon.StopWords.Contains(right))
            {
                return [left, right];
            }
        }

        return null;
    }
}
