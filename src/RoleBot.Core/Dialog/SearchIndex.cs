using System.Collections.Frozen;

namespace RoleBot.Core.Dialog;

/// <summary>
/// BM25 ranking over a few dozen documents with weighted fields (a BM25F simplification: term
/// frequencies are summed with field weights before saturation) plus a bonus for aliases matched as
/// whole phrases. Hand-written rather than Lucene because the collections are tiny and an answer must
/// take microseconds; Lucene.Net supplies the stemmer.
/// </summary>
internal sealed class SearchIndex<T>
{
    private const double K1 = 1.2;
    private const double B = 0.5;
    private const double PhraseBonus = 0.6;
    // "who owns security?": the entry that has the question's whole topic as one of its names beats entries that merely mention it.
    private const double ExactNameBonus = 1.0;
    // "who do i page": "page" is in the playbook only as part of "fake login page". A word the document has only inside
    // one longer phrase, with none of that phrase's other words in the question, is weak evidence of that document.
    private const double LoneWordFactor = 0.5;

    private readonly T[] _items;
    private readonly Dictionary<string, double>[] _termWeights;
    private readonly FrozenSet<string>[] _termSets;
    private readonly string[][][] _phrases;
    private readonly FrozenSet<string>[] _exactNames;
    private readonly FrozenDictionary<string, string[]>[] _partners;
    private readonly double[] _lengths;
    private readonly double _averageLength;
    private readonly FrozenDictionary<string, double> _idf;
    private readonly double _unknownIdf;

    public SearchIndex(IEnumerable<T> items, Func<T, IEnumerable<SearchField>> fields)
    {
        _items = items.ToArray();
        _termWeights = new Dictionary<string, double>[_items.Length];
        _termSets = new FrozenSet<string>[_items.Length];
        _phrases = new string[_items.Length][][];
        _exactNames = new FrozenSet<string>[_items.Length];
        _partners = new FrozenDictionary<string, string[]>[_items.Length];
        _lengths = new double[_items.Length];
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _items.Length; i++)
        {
            var weights = new Dictionary<string, double>(StringComparer.Ordinal);
            var phrases = new List<string[]>();
            var exactNames = new HashSet<string>(StringComparer.Ordinal);
            var alone = new HashSet<string>(StringComparer.Ordinal);
            var partners = new Dictionary<string, string[]>(StringComparer.Ordinal);
            foreach (var field in fields(_items[i]))
            {
                foreach (var text in field.Texts)
                {
                    var terms = QueryAnalyzer.IndexTerms(text);
                    foreach (var term in terms)
                    {
                        if (!field.IsPhraseList || terms.Count == 1)
                        {
                            alone.Add(term);
                        }
                        else if (!partners.TryAdd(term, [.. terms.Where(t => t != term)]))
                        {
                            // In two phrases or more ("vendor management", "vendor contracts"), the word is what they are about.
                            alone.Add(term);
                        }
                    }

                    foreach (var term in terms)
                    {
                        weights[term] = weights.GetValueOrDefault(term) + field.Weight;
                    }

                    if (field.IsPhraseList && terms.Count > 1)
                    {
                        phrases.Add([.. terms]);
                    }

                    if (field.IsPhraseList && terms.Count > 0)
                    {
                        exactNames.Add(NameKey(terms));
                    }
                }
            }

            _termWeights[i] = weights;
            _termSets[i] = weights.Keys.ToFrozenSet(StringComparer.Ordinal);
            _phrases[i] = [.. phrases];
            _exactNames[i] = exactNames.ToFrozenSet(StringComparer.Ordinal);
            _partners[i] = partners.Where(p => !alone.Contains(p.Key)).ToFrozenDictionary(StringComparer.Ordinal);
            _lengths[i] = weights.Values.Sum();
            foreach (var term in weights.Keys)
            {
                documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
            }
        }

        _averageLength = _items.Length == 0 ? 1 : Math.Max(1, _lengths.Average());
        var n = _items.Length;
        _idf = documentFrequency.ToFrozenDictionary(
            pair => pair.Key,
            pair => Math.Log(1 + ((n - pair.Value + 0.5) / (pair.Value + 0.5))),
            StringComparer.Ordinal);
        _unknownIdf = 0.3 * Math.Log(1 + ((n + 0.5) / 0.5));
    }

    public int Count => _items.Length;

    /// <summary>True when some document contains the stem.</summary>
    public bool Contains(string term) => _idf.ContainsKey(term);

    /// <summary>True when the hit's document contains the stem.</summary>
    public bool Contains(SearchHit<T> hit, string term) => _termSets[hit.Position].Contains(term);

    /// <summary>Documents with a positive score, best first.</summary>
    public List<SearchHit<T>> Search(IReadOnlyList<string> terms, IReadOnlyList<string> contentTerms, int take = 5)
    {
        var hits = new List<SearchHit<T>>();
        if (terms.Count == 0)
        {
            return hits;
        }

        // An array once, rather than interface calls in the per-document loops below.
        var queryTerms = terms as string[] ?? [.. terms];
        var topic = contentTerms.Count == 0 ? null : NameKey(contentTerms);

        for (var i = 0; i < _items.Length; i++)
        {
            var score = 0.0;
            var weights = _termWeights[i];
            var norm = K1 * (1 - B + (B * _lengths[i] / _averageLength));
            foreach (var term in queryTerms)
            {
                if (weights.TryGetValue(term, out var tf))
                {
                    score += _idf[term] * tf * (K1 + 1) / (tf + norm) * Support(i, term, queryTerms);
                }
            }

            if (score <= 0)
            {
                continue;
            }

            var (bonus, phrase) = PhraseScore(i, queryTerms);
            if (topic is not null && _exactNames[i].Contains(topic))
            {
                bonus += ExactNameBonus;
            }

            hits.Add(new SearchHit<T>(_items[i], score + bonus, Coverage(i, contentTerms, phrase, queryTerms), i));
        }

        // Best confidence first, not best score: a document that scores high on weak words alone
        // ("day to day") must not hide one that covers the question.
        return hits
            .OrderByDescending(h => Confidence.Of(h.Score, h.Coverage, 0))
            .ThenByDescending(h => h.Score)
            .Take(take)
            .ToList();
    }

    /// <summary>
    /// The rarity-weighted share of <paramref name="contentTerms"/> the document at <paramref name="i"/> contains. Words
    /// the document matched as one of its own phrases ("vendor risk") count double: the phrase is stronger evidence
    /// than the same words scattered.
    /// </summary>
    private double Coverage(int i, IReadOnlyList<string> contentTerms, string[]? phrase, string[] queryTerms)
    {
        if (contentTerms.Count == 0)
        {
            return 1;
        }

        double matched = 0, total = 0;
        foreach (var term in contentTerms)
        {
            var weight = _idf.TryGetValue(term, out var idf) ? idf : _unknownIdf;
            if (phrase is { Length: > 1 } && Array.IndexOf(phrase, term) >= 0)
            {
                weight *= 2;
            }

            total += weight;
            if (_termSets[i].Contains(term))
            {
                matched += weight * Support(i, term, queryTerms);
            }
        }

        return total == 0 ? 1 : matched / total;
    }

    /// <summary>
    /// How much a matched <paramref name="term"/> counts for the document at <paramref name="i"/>: fully when the document
    /// has it on its own or in several phrases, or when the question has another word of the one phrase it comes in; else
    /// <see cref="LoneWordFactor"/>.
    /// </summary>
    private double Support(int i, string term, string[] queryTerms) =>
        !_partners[i].TryGetValue(term, out var partners) || Array.Exists(partners, p => Array.IndexOf(queryTerms, p) >= 0) ? 1 : LoneWordFactor;

    /// <summary>The bonus for the document's best phrase found whole in the question, and that phrase.</summary>
    private (double Bonus, string[]? Phrase) PhraseScore(int i, string[] terms)
    {
        var bonus = 0.0;
        string[]? best = null;
        foreach (var phrase in _phrases[i])
        {
            if (ContainsRun(terms, phrase))
            {
                var phraseIdf = 0.0;
                foreach (var term in phrase)
                {
                    phraseIdf += _idf.GetValueOrDefault(term);
                }

                if (PhraseBonus * phraseIdf > bonus)
                {
                    bonus = PhraseBonus * phraseIdf;
                    best = phrase;
                }
            }
        }

        return (bonus, best);
    }

    /// <summary>The distinct stems in order, so "security budget" and "budget security" name the same thing.</summary>
    private static string NameKey(IEnumerable<string> terms) => string.Join(' ', terms.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));

    private static bool ContainsRun(string[] terms, string[] phrase)
    {
        for (var start = 0; start + phrase.Length <= terms.Length; start++)
        {
            if (PhraseList.OccursAt(terms, start, phrase))
            {
                return true;
            }
        }

        return false;
    }
}
