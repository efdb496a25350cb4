using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Cli;
using RoleBot.Core.Dialog;

namespace RoleBot.Tests.Cli;

public sealed class JsonLinesTests
{
    private static async Task<JsonElement[]> RunAsync(string input)
    {
        var dialog = new ServiceCollection().AddRoleBotCore(new ConfigurationBuilder().Build()).BuildServiceProvider().GetRequiredService<IRoleBotDialog>();
        var output = new StringWriter();
        await JsonLines.AnswerAllAsync(dialog, new StringReader(input), output, CancellationToken.None);
        return output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToArray();
    }

    [Fact]
    public async Task Each_line_gets_one_answer_in_order_with_the_required_fields()
    {
        var lines = await RunAsync("""
            {"id":"a","text":"Who owns IT strategy?"}
            {"id":"b","text":"Who leads incident response?"}
            """);

        Assert.Equal(["a", "b"], lines.Select(l => l.GetProperty("id").GetString()));
        Assert.Equal(["CIO", "CISO"], lines.Select(l => l.GetProperty("owner").GetString()));
        foreach (var field in new[] { "answered", "intent", "confidence", "text", "statistics", "escalation", "sources", "suggestions" })
        {
            Assert.True(lines[1].TryGetProperty(field, out _), field);
        }

        var statistic = lines[1].GetProperty("statistics")[0];
        Assert.Equal(["value", "claim", "source"], new[] { "value", "claim", "source" }.Where(f => statistic.TryGetProperty(f, out _)));
    }

    [Fact]
    public async Task A_malformed_line_yields_an_error_line_and_processing_continues()
    {
        var lines = await RunAsync("""
            {"id":"a","text":"Who owns IT strategy?"}
            {this is not json
            {"id":"c","text":42}
            ["an array"]
            {"id":"e","text":"Who owns the IT budget?"}
            """);

        Assert.Equal(5, lines.Length);
        Assert.Contains("line 2", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("c", lines[2].GetProperty("id").GetString());
        Assert.True(lines[2].TryGetProperty("error", out _));
        Assert.True(lines[3].TryGetProperty("error", out _));
        Assert.Equal("CIO", lines[4].GetProperty("owner").GetString());
    }

    [Fact]
    public async Task Lines_of_one_conversation_share_state_and_others_do_not()
    {
        var lines = await RunAsync("""
            {"id":"1","text":"Who leads incident response?","conversation":"x"}
            {"id":"2","text":"any stats on that?","conversation":"x"}
            {"id":"3","text":"any stats on that?","conversation":"y"}
            {"id":"4","text":"any stats on that?"}
            """);

        Assert.True(lines[1].GetProperty("answered").GetBoolean());
        Assert.Contains("80%", lines[1].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(lines[2].GetProperty("answered").GetBoolean());
        Assert.False(lines[3].GetProperty("answered").GetBoolean());
    }
}
