using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Semantic;

public sealed class VectorCacheTests
{
    [Fact]
    public void A_written_cache_reads_back_the_same_vectors_to_half_precision()
    {
        var vector = new[] { 0.6f, -0.8f, 0.001f };
        var cache = VectorCache.Create("model-a", 3, [("Who owns patching?", vector)]);
        using var stream = new MemoryStream();
        cache.Write(stream);
        stream.Position = 0;

        var read = VectorCache.Read(stream);

        Assert.True(read.TryGet("who owns   PATCHING?", "model-a", out var found));
        Assert.Equal(vector, found, (a, b) => Math.Abs(a - b) < 1e-3);
    }

    [Fact]
    public void A_cache_read_from_a_stream_it_keeps_reads_each_row_when_asked_for_as_a_cache_read_into_memory_does()
    {
        var cache = VectorCache.Create("model-a", 2, [("first", [0.6f, -0.8f]), ("second", [0.25f, 0.5f]), ("third", [-1f, 0f])]);
        using var stream = new MemoryStream();
        cache.Write(stream);
        stream.Position = 0;
        var inMemory = VectorCache.Read(stream);
        stream.Position = 0;

        var kept = VectorCache.Read(stream, keepOpen: true);

        foreach (var text in new[] { "third", "first", "second" })
        {
            Assert.True(kept.TryGet(text, "model-a", out var fromStream));
            Assert.True(inMemory.TryGet(text, "model-a", out var fromMemory));
            Assert.Equal(fromMemory, fromStream);
        }

        using var rewritten = new MemoryStream();
        kept.Write(rewritten);
        Assert.Equal(stream.ToArray(), rewritten.ToArray());
    }

    [Fact]
    public void A_kept_stream_that_is_cut_short_is_refused_at_once()
    {
        var cache = VectorCache.Create("model-a", 4, [("first", [1f, 0f, 0f, 0f]), ("second", [0f, 1f, 0f, 0f])]);
        using var whole = new MemoryStream();
        cache.Write(whole);
        using var cut = new MemoryStream(whole.ToArray()[..^4]);

        Assert.Throws<InvalidDataException>(() => VectorCache.Read(cut, keepOpen: true));
    }

    [Fact]
    public void Vectors_of_another_model_are_never_used()
    {
        var cache = VectorCache.Create("model-a", 1, [("hello", [1f])]);

        Assert.False(cache.TryGet("hello", "model-b", out _));
    }

    [Fact]
    public void A_file_that_is_not_a_vector_cache_is_refused()
    {
        using var stream = new MemoryStream([1, 2, 3, 4, 5, 6, 7, 8]);

        Assert.Throws<InvalidDataException>(() => VectorCache.Read(stream));
    }

    [Fact]
    public void The_shipped_cache_holds_a_vector_for_every_example_the_embedded_knowledge_implies()
    {
        var knowledge = RoleBot.Core.Knowledge.KnowledgeLoader.Load();
        var (examples, errors) = ExampleReader.Read(ExampleSource.ReadEmbedded(), knowledge);
        var cache = ExampleSource.ReadVectors(null);

        Assert.Empty(errors);
        var missing = examples.Concat(KnowledgeExamples.From(knowledge))
            .Where(e => !cache.TryGet(e.Text, cache.ModelId, out _)).Select(e => e.Text).Take(5).ToArray();
        Assert.True(missing.Length == 0, "run 'RoleBot kb embed'; no cached vector for: " + string.Join(" | ", missing));
    }
}
