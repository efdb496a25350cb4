using System.Text.Json;

namespace RoleBot.Tests.Cli;

/// <summary>The executable itself, started as a separate process.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task Ask_prints_the_plain_text_answer()
    {
        var (exit, output, _) = await RoleBotProcess.RunAsync("", "ask", "who", "owns", "patch", "mgmt?");

        Assert.Equal(0, exit);
        Assert.StartsWith("Owner: CIO", output, StringComparison.Ordinal);
        Assert.Contains("Escalation", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_json_prints_one_json_object()
    {
        var (exit, output, _) = await RoleBotProcess.RunAsync("", "ask", "--json", "What share of CISOs report to the CIO?");

        Assert.Equal(0, exit);
        var answer = JsonDocument.Parse(output).RootElement;
        Assert.Equal("statistic", answer.GetProperty("intent").GetString());
        Assert.Contains("64%", answer.GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_explain_prints_the_lexical_reading_the_vote_its_neighbours_and_the_answer()
    {
        var (exit, output, _) = await RoleBotProcess.RunAsync("", "ask", "--explain", "who owns patch mgmt?");

        Assert.Equal(0, exit);
        var labels = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimStart().Split("  ")[0]).ToArray();
        Assert.Equal(["read as", "lexical", "vote"], labels[..3]);
        Assert.Equal(10, labels.Count(l => l.StartsWith("0.", StringComparison.Ordinal) || l == "1.00"));
        Assert.Equal("answer", labels[^1]);
        Assert.Contains("owner=CIO", output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_jsonl_reads_stdin_and_answers_every_line()
    {
        var (exit, output, _) = await RoleBotProcess.RunAsync("{\"id\":\"q1\",\"text\":\"hi\"}\n{\"id\":\"q2\",\"text\":\"tell me a joke\"}\n", "ask", "--jsonl");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["q1", "q2"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.False(lines[1].GetProperty("answered").GetBoolean());
    }

    [Fact]
    public async Task Ask_jsonl_explain_adds_each_answers_readings_to_its_line()
    {
        var (exit, output, _) = await RoleBotProcess.RunAsync(
            "{\"id\":\"q1\",\"text\":\"who owns patch mgmt?\"}\n{\"id\":\"q2\",\"text\":\"what's the weather tomorrow?\"}\n", "ask", "--jsonl", "--explain");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(["q1", "q2"], lines.Select(l => l.GetProperty("id").GetString()));
        var patch = lines[0].GetProperty("explanation");
        Assert.Equal("ownership:patch_management", patch.GetProperty("lexical").GetString());
        Assert.Equal("ownership:patch_management", patch.GetProperty("vote").GetString());
        Assert.InRange(patch.GetProperty("nearest").GetDouble(), 0.5, 1.0);
        Assert.InRange(patch.GetProperty("actOutOfScope").GetDouble(), 0.0, 0.5);
        Assert.Equal("out_of_scope", lines[1].GetProperty("explanation").GetProperty("vote").GetString());
    }

    [Fact]
    public async Task Kb_check_passes_on_the_shipped_knowledge_base()
    {
        var (exit, output, _) = await RoleBotProcess.RunAsync("", "kb", "check");

        Assert.Equal(0, exit);
        Assert.StartsWith("OK:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kb_check_names_file_and_field_of_every_error()
    {
        var folder = Directory.CreateTempSubdirectory("rolebot-kb-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "sources.yml"), "sources:\n  - {id: doc, title: A document}\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "responsibilities.yml"),
            "responsibilities:\n  - {id: x, name: X, owner: '', summary: s, aliases: [x], sources: [{doc: nodoc, section: '1'}]}\n");

        var (exit, _, error) = await RoleBotProcess.RunAsync("", "kb", "check", "--path", folder);

        Assert.Equal(1, exit);
        Assert.Contains("responsibilities.yml: responsibilities[0] (x).owner: is empty", error, StringComparison.Ordinal);
        Assert.Contains("responsibilities.yml: responsibilities[0] (x).sources[0].doc: unknown source document 'nodoc'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kb_check_refuses_a_file_over_the_size_limit_without_parsing_it()
    {
        var folder = Directory.CreateTempSubdirectory("rolebot-kb-").FullName;
        foreach (var file in RoleBot.Core.Knowledge.KnowledgeSource.ReadEmbedded())
        {
            await File.WriteAllTextAsync(Path.Combine(folder, file.Name), file.Yaml);
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "huge.yml"), string.Concat(Enumerable.Repeat("# a comment line that only takes space\n", 130_000)));

        var (exit, _, error) = await RoleBotProcess.RunAsync("", "kb", "check", "--path", folder);

        Assert.Equal(1, exit);
        Assert.Contains("huge.yml: (size): 5,070,000 bytes is more than Knowledge:MaxFileBytes (4,194,304)", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_with_a_broken_knowledge_base_prints_the_error_and_no_stack_trace()
    {
        var folder = Directory.CreateTempSubdirectory("rolebot-kb-").FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "sources.yml"), "sources:\n  - {id: doc, title: A document}\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "responsibilities.yml"),
            "responsibilities:\n  - {id: x, name: X, owner: '', summary: s, aliases: [x], sources: [{doc: doc, section: '1'}]}\n");

        var (exit, output, error) = await RoleBotProcess.RunAsync(
            new Dictionary<string, string> { ["Knowledge__Path"] = folder }, "", "ask", "who owns patching?");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("responsibilities.yml: responsibilities[0] (x).owner: is empty", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_with_invalid_configuration_names_the_setting_and_no_stack_trace()
    {
        var (exit, output, error) = await RoleBotProcess.RunAsync(
            new Dictionary<string, string> { ["Dialog__ConfidenceThreshold"] = "2" }, "{\"id\":\"q1\",\"text\":\"hi\"}\n", "ask", "--jsonl");

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("ConfidenceThreshold", error, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kb_ingest_drafts_entries_from_a_document()
    {
        var file = Path.Combine(Directory.CreateTempSubdirectory("rolebot-ingest-").FullName, "policy.md");
        await File.WriteAllTextAsync(file, "## The CISO's duties\n- Running the bug bounty\n\nAbout 12% of laptops lack disk encryption.\n");

        var (exit, output, _) = await RoleBotProcess.RunAsync("", "kb", "ingest", file);

        Assert.Equal(0, exit);
        Assert.Contains("name: Running the bug bounty", output, StringComparison.Ordinal);
        Assert.Contains("value: 12%", output, StringComparison.Ordinal);
    }
}
