using System.Collections.Concurrent;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace RoleBot.Core.Dialog;

/// <summary>Porter2 (Snowball English) stems from Lucene.Net, cached because the same few hundred words recur.</summary>
internal static class Stemmer
{
    private const int MaxCached = 50_000;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private static readonly Lock Gate = new();
    private static readonly EnglishStemmer Snowball = new();

    public static string Stem(string word)
    {
        if (Cache.TryGetValue(word, out var cached))
        {
            return cached;
        }

        string stem;
        lock (Gate)
        {
            Snowball.SetCurrent(word);
            Snowball.Stem();
            stem = Snowball.Current;
        }

        // Questions are unbounded input: stop caching rather than grow without limit.
        if (Cache.Count < MaxCached)
        {
            Cache.TryAdd(word, stem);
        }

        return stem;
    }
}
