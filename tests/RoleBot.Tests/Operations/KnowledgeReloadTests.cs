using Microsoft.Extensions.Logging;
using System.Text.Json;

namespace RoleBot.Tests.Operations;

public sealed class KnowledgeReloadTests
{
    private const string Question = "Who owns IT strategy?";
    private const string Reloaded = "RELOADED: the CIO owns the technology strategy.";

    [Fact]
    public async Task An_edited_file_is_served_and_a_broken_edit_keeps_the_last_good_knowledge_serving()
    {
        using var host = new OperationsHost(("Knowledge:ReloadDelay", "00:00:00.100"));
        var knowledge = host.UseKnowledgeFolder();
        using var client = host.CreateClient();
        var file = Path.Combine(knowledge, "responsibilities.yml");
        var original = await File.ReadAllTextAsync(file);
        var first = await OperationsHost.AskAsync(client, Question);

        await File.WriteAllTextAsync(file, ReplaceItStrategySummary(original, Reloaded));
        var edited = await Eventually(() => OperationsHost.AskAsync(client, Question), a => Text(a).Contains("RELOADED", StringComparison.Ordinal));
        await File.WriteAllTextAsync(file, ReplaceItStrategySummary(original, Reloaded).Replace("    owner: CIO\n", "    owner: Nobody\n", StringComparison.Ordinal));
        var ready = await Eventually(() => ReadyAsync(client), r => r.GetProperty("rejectedChange").ValueKind == JsonValueKind.Object);
        var afterBreak = await OperationsHost.AskAsync(client, Question);

        Assert.DoesNotContain("RELOADED", Text(first), StringComparison.Ordinal);
        Assert.Contains(Reloaded, Text(edited), StringComparison.Ordinal);
        Assert.Contains(Reloaded, Text(afterBreak), StringComparison.Ordinal);
        Assert.Equal("ready", ready.GetProperty("status").GetString());
        Assert.Equal(Path.GetFullPath(knowledge), ready.GetProperty("origin").GetString());
        var error = ready.GetProperty("rejectedChange").GetProperty("errors").EnumerateArray()
            .Single(e => e.GetProperty("field").GetString() == "responsibilities[0] (it_strategy).owner");
        Assert.Equal("responsibilities.yml", error.GetProperty("file").GetString());
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Error
            && e.Message.Contains("responsibilities.yml: responsibilities[0] (it_strategy).owner: 'Nobody' is not CIO, CISO or Shared", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Readiness_names_the_embedded_knowledge_base_when_no_folder_is_set()
    {
        using var host = new OperationsHost();
        using var client = host.CreateClient();

        var ready = await ReadyAsync(client);

        Assert.Equal("embedded", ready.GetProperty("origin").GetString());
        Assert.True(ready.GetProperty("responsibilities").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Null, ready.GetProperty("rejectedChange").ValueKind);
    }

    private static string ReplaceItStrategySummary(string yaml, string summary)
    {
        const string Start = "    summary: \"The CIO shapes and carries out the technology strategy";
        var at = yaml.IndexOf(Start, StringComparison.Ordinal);
        Assert.True(at >= 0, "the it_strategy summary moved; update this test");
        var end = yaml.IndexOf('\n', at);
        return yaml[..at] + $"    summary: \"{summary}\"" + yaml[end..];
    }

    private static string Text(JsonElement answer) => answer.GetProperty("text").GetString() ?? "";

    private static async Task<JsonElement> ReadyAsync(HttpClient client) =>
        JsonDocument.Parse(await client.GetStringAsync(new Uri("/readyz", UriKind.Relative))).RootElement.Clone();

    /// <summary>File watching is asynchronous: poll until the change shows or ten seconds pass.</summary>
    private static async Task<JsonElement> Eventually(Func<Task<JsonElement>> read, Func<JsonElement, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            value = await read();
        }

        return value;
    }
}
