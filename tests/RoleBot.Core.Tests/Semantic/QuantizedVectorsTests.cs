using System.Numerics.Tensors;
using System.Runtime.Intrinsics.X86;
using RoleBot.Core.Semantic;

namespace RoleBot.Core.Tests.Semantic;

public sealed class QuantizedVectorsTests
{
    private static float[] UnitVector(Random random, int dimensions)
    {
        var vector = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    [Fact]
    public void Dot_products_stay_within_a_ten_thousandth_of_the_exact_cosine()
    {
        var random = new Random(7);
        var stored = new QuantizedVectors(200, 384);
        var originals = Enumerable.Range(0, stored.Count).Select(_ => UnitVector(random, 384)).ToArray();
        for (var row = 0; row < originals.Length; row++)
        {
            stored.Set(row, originals[row]);
        }

        var query = UnitVector(random, 384);
        var (scaled, scale) = stored.Prepare(query);

        for (var row = 0; row < originals.Length; row++)
        {
            Assert.InRange(stored.Dot(row, scaled, scale) - TensorPrimitives.Dot(originals[row], query), -1e-4f, 1e-4f);
        }
    }

    [Fact]
    public void A_vector_whose_largest_element_is_negative_keeps_its_values()
    {
        var stored = new QuantizedVectors(1, 4);
        float[] vector = [-0.8f, 0.2f, 0.4f, -0.4f];

        stored.Set(0, vector);

        Assert.All(stored.Widened(0).Zip(vector), pair => Assert.InRange(pair.First - pair.Second, -1e-3f, 1e-3f));
    }

    [Fact]
    public void A_zero_vector_scores_zero_against_any_query()
    {
        var stored = new QuantizedVectors(1, 8);
        stored.Set(0, new float[8]);
        var (scaled, scale) = stored.Prepare(UnitVector(new Random(1), 8));

        Assert.Equal(0, stored.Dot(0, scaled, scale));
    }

    [Fact]
    public void Elements_are_scaled_so_that_a_whole_sum_of_products_fits_in_an_int()
    {
        var stored = new QuantizedVectors(1, 384);

        Assert.True((long)stored.Range * stored.Range * stored.Dimensions <= int.MaxValue);
        Assert.True(stored.Range > 2000, $"range {stored.Range}: too coarse for cosine similarity");
    }

    [Theory]
    [InlineData(384)]
    [InlineData(100)]
    [InlineData(7)]
    public void The_vector_instructions_sum_the_same_products_as_the_plain_loop(int length)
    {
        if (!Avx2.IsSupported)
        {
            // Only the plain loop runs on such a processor; the other tests cover it.
            return;
        }

        var random = new Random(length);
        var a = Enumerable.Range(0, length).Select(_ => (short)random.Next(-2364, 2365)).ToArray();
        var b = Enumerable.Range(0, length).Select(_ => (short)random.Next(-2364, 2365)).ToArray();

        Assert.Equal(QuantizedVectors.SumOfProducts(a, b), QuantizedVectors.SumOfProductsAvx2(a, b));
    }

    [Fact]
    public void A_query_shorter_than_the_vectors_is_refused_rather_than_read_past_its_end()
    {
        var stored = new QuantizedVectors(1, 32);
        stored.Set(0, UnitVector(new Random(3), 32));

        Assert.ThrowsAny<ArgumentException>(() => stored.Dot(0, new short[16], 1f));
    }
}
