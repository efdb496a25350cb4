using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RoleBot.Core.Knowledge;

namespace RoleBot.Core.Semantic;

/// <summary>
/// The sentence model and the example index over the knowledge base in force. Both are made on first use, so a
/// question the lexical reading is sure of never waits for the model, and the index is rebuilt when the knowledge base is.
/// </summary>
public sealed partial class SemanticModel(IOptions<SemanticOptions> options, ILogger<SemanticModel> logger)
{
    // One model per process and thread count: it is immutable, thread-safe and costs a second and a hundred megabytes to load.
    private static readonly ConcurrentDictionary<(int Threads, string? Directory, bool Prepack), Lazy<MiniLmSentenceEncoder>> Encoders = new();

    private readonly ConditionalWeakTable<KnowledgeBase, Lazy<(SemanticIndex Index, ActIndex Acts)>> indexes = [];

    public SemanticOptions Options => options.Value;

    public bool Enabled => options.Value.Enabled;

    public ISentenceEncoder Encoder =>
        Encoders.GetOrAdd((options.Value.Threads, ModelDirectory(options.Value), options.Value.PrepackWeights),
            key => new(() => new MiniLmSentenceEncoder(key.Threads, key.Directory, key.Prepack))).Value;

    /// <summary>The configured folder, else a per-user one (never a shared temporary folder, where another user could swap the file).</summary>
    private static string? ModelDirectory(SemanticOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.ModelDirectory))
        {
            return o.ModelDirectory;
        }

        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(local) ? null : Path.Combine(local, "rolebot", "models");
    }

    /// <summary>The index over <paramref name="knowledge"/>, built once however many threads ask for it first.</summary>
    public SemanticIndex IndexFor(KnowledgeBase knowledge) => Indexes(knowledge).Index;

    /// <summary>The vote on what is asked, topics aside, over <paramref name="knowledge"/>'s examples.</summary>
    public ActIndex ActsFor(KnowledgeBase knowledge) => Indexes(knowledge).Acts;

    /// <summary>
    /// Both indexes over <paramref name="examples"/> and the phrases <paramref name="knowledge"/> implies;
    /// <paramref name="keepEmbedded"/>: see <see cref="SemanticIndex(ISentenceEncoder, IReadOnlyList{ExampleQuestion}, VectorCache, SemanticOptions, bool)"/>.
    /// </summary>
    public static (SemanticIndex Index, ActIndex Acts) Over(ISentenceEncoder encoder, KnowledgeBase knowledge, IReadOnlyList<ExampleQuestion> examples,
        VectorCache cache, SemanticOptions options, bool keepEmbedded = false)
    {
        ExampleQuestion[] all = [.. examples, .. KnowledgeExamples.From(knowledge)];
        return (new SemanticIndex(encoder, all, cache, options, keepEmbedded),
            new ActIndex(encoder, all, new TopicMask(knowledge), cache, options, keepEmbedded));
    }

    private (SemanticIndex Index, ActIndex Acts) Indexes(KnowledgeBase knowledge) =>
        indexes.GetValue(knowledge, k => new Lazy<(SemanticIndex, ActIndex)>(() => Build(k))).Value;

    private (SemanticIndex Index, ActIndex Acts) Build(KnowledgeBase knowledge)
    {
        var folder = knowledge.Origin == KnowledgeSource.Embedded ? null : knowledge.Origin;
        var files = folder is null ? ExampleSource.ReadEmbedded() : ExampleSource.ReadFolder(folder);
        var (examples, errors) = ExampleReader.Read(files, knowledge);
        if (errors.Count > 0)
        {
            LogExamplesSkipped(errors.Count, errors[0].ToString());
        }

        var built = Over(Encoder, knowledge, examples, ExampleSource.ReadVectors(folder), options.Value);
        if (built.Index.Embedded + built.Acts.Index.Embedded > 0)
        {
            LogEmbeddedAtLoad(built.Index.Embedded + built.Acts.Index.Embedded);
        }

        return built;
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "{Count} example question(s) were skipped because they are invalid; the first: {First}. Run 'kb check'.")]
    private partial void LogExamplesSkipped(int count, string first);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Information, Message = "{Count} example question(s) had no cached vector and were embedded at load; 'kb embed' caches them.")]
    private partial void LogEmbeddedAtLoad(int count);
}
