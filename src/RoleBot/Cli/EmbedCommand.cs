using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;

namespace RoleBot.Cli;

/// <summary>
/// <c>kb embed</c>: computes the sentence vector of every example question and writes the cache RoleBot loads them
/// from, so start-up never runs the model over thousands of examples.
/// </summary>
internal static class EmbedCommand
{
    public static Command Create()
    {
        var path = new Option<string?>("--path") { Description = "A knowledge folder; default: the repository's knowledge/ folder." };
        var command = new Command("embed", "Cache the sentence vectors of the example questions (knowledge/examples/vectors.bin).") { path };
        command.SetAction(async (result, _) =>
        {
            var folder = result.GetValue(path) ?? "knowledge";
            if (!Directory.Exists(folder))
            {
                await Console.Error.WriteLineAsync($"No such knowledge folder: {Path.GetFullPath(folder)}");
                return 1;
            }

            var knowledge = KnowledgeLoader.Load(folder);
            var cached = ExampleSource.ReadVectors(folder);
            var index = Build(knowledge, folder, cached);
            var cache = VectorCache.Create(index.Encoder.ModelId, index.Encoder.Dimensions, index.Index.Vectors(cached).Concat(index.Acts.Index.Vectors(cached)));
            var target = Path.Combine(folder, "examples", ExampleSource.VectorFileName);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using (var file = File.Create(target))
            {
                cache.Write(file);
            }

            await Console.Out.WriteLineAsync($"Wrote {cache.Count} vectors ({index.Index.Embedded + index.Acts.Index.Embedded} newly embedded) to {Path.GetFullPath(target)}.");
            return 0;
        });
        return command;
    }

    /// <summary>
    /// The index over the folder's examples, failing on an invalid example as start-up would warn about it; with
    /// <paramref name="cached"/>, examples missing from it keep their vectors as embedded, to be written to a new cache.
    /// </summary>
    public static (SemanticIndex Index, ActIndex Acts, ISentenceEncoder Encoder) Build(KnowledgeBase knowledge, string? folder, VectorCache? cached = null)
    {
        var files = folder is null ? ExampleSource.ReadEmbedded() : ExampleSource.ReadFolder(folder);
        var (examples, errors) = ExampleReader.Read(files, knowledge);
        if (errors.Count > 0)
        {
            throw new KnowledgeLoadException(errors);
        }

        var model = new SemanticModel(Options.Create(new SemanticOptions { Threads = Environment.ProcessorCount }), NullLogger<SemanticModel>.Instance);
        var (index, acts) = SemanticModel.Over(model.Encoder, knowledge, examples, cached ?? ExampleSource.ReadVectors(folder), model.Options, keepEmbedded: cached is not null);
        return (index, acts, model.Encoder);
    }
}
