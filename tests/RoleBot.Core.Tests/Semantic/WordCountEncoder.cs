using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Semantic;

/// <summary>
/// A stand-in sentence encoder for tests of the mechanism around the model: each word hashes to one dimension, so
/// sentences sharing words are alike and sentences sharing none are orthogonal. It counts what it is asked to embed.
/// </summary>
internal sealed class WordCountEncoder : ISentenceEncoder
{
    public int Dimensions => 64;

    public string ModelId => "word-count-test";

    public int Embedded { get; private set; }

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        Embedded += texts.Count;
        return texts.Select(text =>
        {
            var vector = new float[Dimensions];
            foreach (var word in text.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                vector[(int)(Fnv1a(word) % (uint)Dimensions)] += 1;
            }

            var norm = MathF.Sqrt(vector.Sum(x => x * x));
            return norm == 0 ? vector : vector.Select(x => x / norm).ToArray();
        }).ToArray();
    }

    // string.GetHashCode differs from process to process; the tests need the same dimensions every run.
    private static uint Fnv1a(string word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
