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
