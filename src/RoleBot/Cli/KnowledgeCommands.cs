using System.CommandLine;
using RoleBot.Core.Dialog;
using RoleBot.Core.Ingest;
using RoleBot.Core.Knowledge;
using RoleBot.Core.Semantic;
using RoleBot.Hosting;

namespace RoleBot.Cli;

/// <summary><c>kb check</c> and <c>kb ingest</c>.</summary>
internal static class KnowledgeCommands
{
    public static Command Create()
    {
        var kb = new Command("kb", "Work with the knowledge base.");
        kb.Subcommands.Add(Check());
        kb.Subcommands.Add(Ingest());
        kb.Subcommands.Add(EmbedCommand.Create());
        kb.Subcommands.Add(GapsCommand.Create());
        return kb;
    }

    private static Command Ingest()
    {
        var file = new Argument<FileInfo>("file") { Description = "A plain-text or Markdown document." };
        var output = new Option<FileInfo?>("--out") { Description = "Write the draft here instead of printing it." };
        var command = new Command("ingest", "Draft knowledge entries from a document for a person to review: bullets under role headings, CIO/CISO tables, sentences with percentages.") { file, output };
        command.SetAction(async (result, cancellationToken) =>
        {
            var input = result.GetValue(file)!;
            if (!input.Exists)
            {
                await Console.Error.WriteLineAsync($"No such file: {input.FullName}");
                return 1;
            }

            var draft = DocumentIngester.Ingest(input.Name, await File.ReadAllTextAsync(input.FullName, cancellationToken));
            var yaml = IngestDraftWriter.Write(draft);
            if (result.GetValue(output) is { } target)
            {
                await File.WriteAllTextAsync(target.FullName, yaml, cancellationToken);
                await Console.Out.WriteLineAsync($"Wrote {draft.Responsibilities.Count} responsibilities, {draft.Statistics.Count} statistics and {draft.Comparisons.Count} comparisons to {target.FullName} for review.");
            }
            else
            {
                await Console.Out.WriteAsync(yaml);
            }

            return 0;
        });
        return command;
    }

    private static Command Check()
    {
        var path = new Option<string?>("--path") { Description = "A knowledge folder to check; default: Knowledge:Path, else the embedded copy." };
        var command = new Command("check", "Validate the knowledge base; every error names its file and field.") { path };
        command.SetAction(async (result, _) =>
        {
            var folder = result.GetValue(path);
            var section = RoleBotHost.CliConfiguration().GetSection(KnowledgeOptions.SectionName);
            if (string.IsNullOrWhiteSpace(folder))
            {
                folder = section.Get<KnowledgeOptions>()?.Path;
            }

            // The same limits as the server's, so a file that passes here is not refused on reload.
            var limits = section.Get<KnowledgeLimits>() ?? new KnowledgeLimits();
            IReadOnlyList<KnowledgeFile> files;
            try
            {
                files = string.IsNullOrWhiteSpace(folder) ? KnowledgeSource.ReadEmbedded() : KnowledgeSource.ReadFolder(folder, limits);
            }
            catch (KnowledgeLoadException e)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }

            var errors = KnowledgeLoader.Check(files, limits);
            var origin = string.IsNullOrWhiteSpace(folder) ? "the embedded knowledge base" : Path.GetFullPath(folder);
            if (errors.Count > 0)
            {
                await Console.Error.WriteLineAsync($"{errors.Count} error(s) in {origin}:");
                foreach (var error in errors)
                {
                    await Console.Error.WriteLineAsync("  " + error);
                }

                return 1;
            }

            var k = KnowledgeLoader.Load(files, origin, limits);
            var exampleFiles = string.IsNullOrWhiteSpace(folder) ? ExampleSource.ReadEmbedded() : ExampleSource.ReadFolder(folder);
            var (examples, exampleErrors) = ExampleReader.Read(exampleFiles, k);
            if (exampleErrors.Count > 0)
            {
                await Console.Error.WriteLineAsync($"{exampleErrors.Count} error(s) in the example questions of {origin}:");
                foreach (var error in exampleErrors)
                {
                    await Console.Error.WriteLineAsync("  " + error);
                }

                return 1;
            }

            await Console.Out.WriteLineAsync(
                $"OK: {origin}: {k.Roles.Count} roles, {k.Responsibilities.Count} responsibilities, {k.Statistics.Count} figures "
                + $"({k.ConflictSets.Count} conflict set(s)), {k.Playbooks.Count} playbooks, {k.Comparisons.Count} comparisons, {k.Topics.Count} topics, {k.Synonyms.Count} synonym groups.");
            var (cueFile, cueErrors) = CueFileCheck.Check(string.IsNullOrWhiteSpace(folder) ? null : folder);
            if (cueErrors.Count > 0)
            {
                await Console.Error.WriteLineAsync($"{cueErrors.Count} error(s) in the cue words of {cueFile}:");
                foreach (var error in cueErrors)
                {
                    await Console.Error.WriteLineAsync("  " + error);
                }

                return 1;
            }

            await Console.Out.WriteLineAsync($"Cue words: {cueFile} is valid.");
            var (index, _, _) = EmbedCommand.Build(k, string.IsNullOrWhiteSpace(folder) ? null : folder);
            await Console.Out.WriteLineAsync(
                $"Examples: {examples.Count} labelled questions and {index.Examples.Count - examples.Count} phrases from the entries, {index.Labels.Count} labels; "
                + $"leave-one-out accuracy of the nearest-neighbour vote {index.LeaveOneOutAccuracy():P1}"
                + (index.Embedded > 0 ? $"; {index.Embedded} had no cached vector (run 'kb embed')." : "."));
            return 0;
        });
        return command;
    }
}
