using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace RoleBot.Core.Semantic;

/// <summary>
/// Sentence vectors keyed by a hash of their text, so that loading the examples costs a file read rather than a model
/// run per example. Stored as half-precision floats: cosine similarity does not need more. Made with
/// <see cref="Create"/>, they are held in one block; read with <see cref="Read(Stream, bool)"/> from a stream that stays
/// readable, such as the resource compiled into RoleBot, each row is read when it is asked for, so the cache costs no
/// managed memory beside the indexes it fills (about 15 MB less at load).
/// </summary>
public sealed class VectorCache
{
    private const int Magic = 0x31564252; // "RBV1"
    private const int KeyBytes = 16;

    private readonly Dictionary<UInt128, int> rows;
    private readonly Half[]? values;
    private readonly Stream? source;
    private readonly long firstRow;

    private VectorCache(string modelId, int dimensions, Dictionary<UInt128, int> rows, Half[]? values, Stream? source = null, long firstRow = 0)
    {
        ModelId = modelId;
        Dimensions = dimensions;
        this.rows = rows;
        this.values = values;
        this.source = source;
        this.firstRow = firstRow;
    }

    public static VectorCache Empty { get; } = new("", 0, [], []);

    public string ModelId { get; }
    public int Dimensions { get; }
    public int Count => rows.Count;

    public static VectorCache Create(string modelId, int dimensions, IEnumerable<(string Text, float[] Vector)> entries)
    {
        var rows = new Dictionary<UInt128, int>();
        var values = new List<Half>();
        foreach (var (text, vector) in entries)
        {
            var key = Key(text);
            if (!rows.TryGetValue(key, out var row))
            {
                row = rows.Count;
                rows[key] = row;
                values.AddRange(new Half[dimensions]);
            }

            for (var d = 0; d < dimensions; d++)
            {
                values[(row * dimensions) + d] = (Half)vector[d];
            }
        }

        return new VectorCache(modelId, dimensions, rows, [.. values]);
    }

    /// <summary>The vector for <paramref name="text"/>, when it was cached by the same model.</summary>
    public bool TryGet(string text, string modelId, out float[] vector)
    {
        vector = new float[Dimensions];
        if (TryCopy(text, modelId, vector))
        {
            return true;
        }

        vector = [];
        return false;
    }

    /// <summary>Writes the vector for <paramref name="text"/> into <paramref name="destination"/>, when the same model cached one of that length.</summary>
    public bool TryCopy(string text, string modelId, Span<float> destination)
    {
        if (ModelId != modelId || destination.Length != Dimensions || !rows.TryGetValue(Key(text), out var row))
        {
            return false;
        }

        Span<Half> vector = stackalloc Half[Dimensions];
        CopyRow(row, vector);
        for (var d = 0; d < vector.Length; d++)
        {
            destination[d] = (float)vector[d];
        }

        return true;
    }

    private void CopyRow(int row, Span<Half> destination)
    {
        if (values is not null)
        {
            values.AsSpan(row * Dimensions, Dimensions).CopyTo(destination);
            return;
        }

        // Rows are read one at a time as the indexes are built, but nothing stops two builds sharing a cache.
        lock (source!)
        {
            source.Position = firstRow + ((long)row * RowBytes(Dimensions)) + KeyBytes;
            source.ReadExactly(MemoryMarshal.AsBytes(destination));
        }
    }

    private static long RowBytes(int dimensions) => KeyBytes + ((long)dimensions * 2);

    /// <summary>Reads a cache into memory.</summary>
    public static VectorCache Read(Stream stream) => Read(stream, keepOpen: false);

    /// <param name="keepOpen">Whether <paramref name="stream"/> stays readable for the cache's lifetime, so rows are read
    /// from it when asked for instead of into memory now; it must be seekable, and the caller must not dispose it.</param>
    public static VectorCache Read(Stream stream, bool keepOpen)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (keepOpen && !stream.CanSeek)
        {
            throw new ArgumentException("rows can be read when asked for only from a seekable stream", nameof(stream));
        }

        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException("not a RoleBot vector file");
        }

        var modelId = reader.ReadString();
        var dimensions = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (dimensions <= 0 || count < 0 || (long)dimensions * count > Array.MaxLength)
        {
            throw new InvalidDataException($"a vector file of {count} vectors of {dimensions} dimensions cannot be right");
        }

        var rows = new Dictionary<UInt128, int>(count);
        var firstRow = keepOpen ? stream.Position : 0;
        if (keepOpen && firstRow + (count * RowBytes(dimensions)) > stream.Length)
        {
            throw new InvalidDataException($"a vector file of {count} vectors of {dimensions} dimensions is cut short");
        }

        var values = keepOpen ? null : new Half[dimensions * count];
        for (var i = 0; i < count; i++)
        {
            rows[new UInt128(reader.ReadUInt64(), reader.ReadUInt64())] = i;

            // The file is little-endian, as every platform .NET runs RoleBot on.
            if (values is null)
            {
                stream.Seek(dimensions * 2L, SeekOrigin.Current);
            }
            else
            {
                stream.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan(i * dimensions, dimensions)));
            }
        }

        return new VectorCache(modelId, dimensions, rows, values, keepOpen ? stream : null, firstRow);
    }

    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(ModelId);
        writer.Write(Dimensions);
        writer.Write(rows.Count);
        var vector = new Half[Dimensions];
        foreach (var (key, row) in rows.OrderBy(pair => pair.Key))
        {
            writer.Write((ulong)(key >> 64));
            writer.Write((ulong)key);
            CopyRow(row, vector);
            writer.Write(MemoryMarshal.AsBytes(vector.AsSpan()));
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
