using System.Security.Cryptography;
using System.Text;

namespace RoleBot.Core.Semantic;

/// <summary>
/// Sentence vectors keyed by a hash of their text, so that loading the examples costs a file read rather than a model
/// run per example. Stored as half-precision floats: cosine similarity does not need more, and the file stays small.
/// </summary>
public sealed class VectorCache
{
    private const int Magic = 0x31564252; // "RBV1"

    private readonly Dictionary<UInt128, float[]> vectors;

    private VectorCache(string modelId, int dimensions, Dictionary<UInt128, float[]> vectors)
    {
        ModelId = modelId;
        Dimensions = dimensions;
        this.vectors = vectors;
    }

    public static VectorCache Empty { get; } = new("", 0, []);

    public string ModelId { get; }
    public int Dimensions { get; }
    public int Count => vectors.Count;

    public static VectorCache Create(string modelId, int dimensions, IEnumerable<(string Text, float[] Vector)> entries)
    {
        var map = new Dictionary<UInt128, float[]>();
        foreach (var (text, vector) in entries)
        {
            map[Key(text)] = vector;
        }

        return new VectorCache(modelId, dimensions, map);
    }

    /// <summary>The vector for <paramref name="text"/>, when it was cached by the same model.</summary>
    public bool TryGet(string text, string modelId, out float[] vector)
    {
        if (ModelId == modelId && vectors.TryGetValue(Key(text), out var found))
        {
            vector = found;
            return true;
        }

        vector = [];
        return false;
    }

    public static VectorCache Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("not a RoleBot vector file");
        }

        var modelId = reader.ReadString();
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        var map = new Dictionary<UInt128, float[]>(count);
        for (var i = 0; i < count; i++)
        {
            var key = new UInt128(reader.ReadUInt64(), reader.ReadUInt64());
            var vector = new float[dimensions];
            for (var d = 0; d < dimensions; d++)
            {
                vector[d] = (float)BitConverter.UInt16BitsToHalf(reader.ReadUInt16());
            }

            map[key] = vector;
        }

        return new VectorCache(modelId, dimensions, map);
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(ModelId);
        writer.Write(Dimensions);
        writer.Write(vectors.Count);
        foreach (var (key, vector) in vectors.OrderBy(pair => pair.Key))
        {
            writer.Write((ulong)(key >> 64));
            writer.Write((ulong)key);
            foreach (var value in vector)
            {
                writer.Write(BitConverter.HalfToUInt16Bits((Half)value));
            }
        }
    }

    /// <summary>Case and spacing do not change a sentence's vector enough to store it twice.</summary>
    public static UInt128 Key(string text)
    {
        var normal = string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normal), hash);
        return new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
    }
}
