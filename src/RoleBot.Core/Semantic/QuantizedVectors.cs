using System.Numerics.Tensors;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace RoleBot.Core.Semantic;

/// <summary>
/// Vectors held as 16-bit integers with a scale per vector, and their dot products with a query scaled the same way.
/// The scan over every example is most of a question's time after the model run: over half floats, widened as they were
/// read, it took about 2.4 ms for 9,000 examples here; over integers about 0.5 ms, in the same memory. Both sides keep
/// about 11 bits, as many as a sum of their products can hold without overflowing an int, which moves cosine similarity
/// by about a ten-thousandth (one signed byte per element was a fifth faster again in half the memory, but moved an
/// answer near a threshold). Hand-written because System.Numerics.Tensors has no integer dot product into a wider sum; the AVX2
/// instruction that multiplies and adds pairs of shorts into ints (vpmaddwd) does 16 at a time.
/// </summary>
internal sealed class QuantizedVectors
{
    private readonly short[] values;
    private readonly float[] scales;

    public QuantizedVectors(int count, int dimensions)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimensions);
        Count = count;
        Dimensions = dimensions;
        values = new short[count * dimensions];
        scales = new float[count];
        Range = (int)Math.Min(short.MaxValue, Math.Sqrt((double)int.MaxValue / dimensions));
    }

    public int Count { get; }
    public int Dimensions { get; }

    /// <summary>The largest magnitude an element is scaled to: a sum of <see cref="Dimensions"/> products of two such fits in an int.</summary>
    public int Range { get; }

    public void Set(int row, ReadOnlySpan<float> vector)
    {
        var largest = Math.Abs(TensorPrimitives.MaxMagnitude(vector));
        var scale = largest > 0 ? largest / Range : 0;
        var target = values.AsSpan(row * Dimensions, Dimensions);
        for (var d = 0; d < target.Length; d++)
        {
            target[d] = scale == 0 ? (short)0 : (short)Math.Round(vector[d] / scale);
        }

        scales[row] = scale;
    }

    /// <summary>Vector <paramref name="row"/> as single floats, as near the original as its integers keep it.</summary>
    public float[] Widened(int row)
    {
        var vector = new float[Dimensions];
        var source = values.AsSpan(row * Dimensions, Dimensions);
        for (var d = 0; d < vector.Length; d++)
        {
            vector[d] = source[d] * scales[row];
        }

        return vector;
    }

    /// <summary><paramref name="query"/> scaled to shorts for <see cref="Dot"/>, and the factor that undoes the scaling.</summary>
    public (short[] Query, float Scale) Prepare(ReadOnlySpan<float> query)
    {
        var largest = Math.Abs(TensorPrimitives.MaxMagnitude(query));
        var scale = largest > 0 ? largest / Range : 0;
        var scaled = new short[Dimensions];
        for (var d = 0; d < scaled.Length; d++)
        {
            scaled[d] = scale == 0 ? (short)0 : (short)Math.Round(query[d] / scale);
        }

        return (scaled, scale);
    }

    /// <summary>The dot product of vector <paramref name="row"/> with a query made by <see cref="Prepare"/>.</summary>
    public float Dot(int row, ReadOnlySpan<short> query, float queryScale)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"a query of {query.Length} elements for vectors of {Dimensions}", nameof(query));
        }

        var source = values.AsSpan(row * Dimensions, Dimensions);
        var sum = Avx2.IsSupported ? SumOfProductsAvx2(source, query) : SumOfProducts(source, query);
        return sum * scales[row] * queryScale;
    }

    internal static int SumOfProducts(ReadOnlySpan<short> a, ReadOnlySpan<short> b)
    {
        var sum = 0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    internal static int SumOfProductsAvx2(ReadOnlySpan<short> a, ReadOnlySpan<short> b)
    {
        // The loads below are unchecked: a shorter query would be read past its end.
        ArgumentOutOfRangeException.ThrowIfLessThan(b.Length, a.Length);
        ref var left = ref MemoryMarshal.GetReference(a);
        ref var right = ref MemoryMarshal.GetReference(b);
        var sums = Vector256<int>.Zero;
        var i = 0;
        for (; i + Vector256<short>.Count <= a.Length; i += Vector256<short>.Count)
        {
            sums = Avx2.Add(sums, Avx2.MultiplyAddAdjacent(Vector256.LoadUnsafe(ref left, (nuint)i), Vector256.LoadUnsafe(ref right, (nuint)i)));
        }

        return Vector256.Sum(sums) + SumOfProducts(a[i..], b[i..]);
    }
}
