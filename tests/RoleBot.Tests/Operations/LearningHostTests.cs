using System.Net.Http.Json;
using RoleBot.Core.Learning;
using RoleBot.Tests.Cli;

namespace RoleBot.Tests.Operations;

public sealed class LearningHostTests
{
    private const string Unanswerable = "What is the airspeed velocity of an unladen swallow?";

    [Fact]
    public async Task Declined_web_questions_land_in_the_configured_database_and_kb_gaps_lists_them_most_frequent_first()
    {
        using var host = new OperationsHost();
        using (var client = host.CreateClient())
        {
            await OperationsHost.AskAsync(client, Unanswerable, "a");
            await OperationsHost.AskAsync(client, "what is the airspeed  velocity of an UNLADEN swallow", "b");
            await OperationsHost.AskAsync(client, "Who feeds the office goldfish?", "c");
            await OperationsHost.AskAsync(client, "Who owns IT strategy?", "d");
        }

        await host.LearningWrittenAsync();

        var gaps = LearningGaps.Read(host.DatabasePath, top: 10);
        var (exit, output, error) = await RoleBotProcess.RunAsync("", "kb", "gaps", "--top", "1", "--db", host.DatabasePath);

        Assert.Equal(2, gaps[0].Declined);
        Assert.DoesNotContain(gaps, g => g.Question.Contains("IT strategy", StringComparison.Ordinal));
        Assert.True(exit == 0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("count  declined  not-helpful  last seen (UTC)", lines[0], StringComparison.Ordinal);
        Assert.Matches(@"^\s+2\s+2\s+0\s+\d{4}-\d\d-\d\d \d\d:\d\d  what is the airspeed velocity of an UNLADEN swallow$", lines[1].TrimEnd('\r'));
    }

    [Fact]
    public async Task After_the_learning_folder_is_removed_while_running_declines_and_feedback_land_in_a_recreated_database()
    {
        using var host = new OperationsHost();
        using var client = host.CreateClient();
        await OperationsHost.AskAsync(client, Unanswerable, "a");
        await host.LearningWrittenAsync();

        Directory.Delete(host.Folder, recursive: true);
        await OperationsHost.AskAsync(client, "Who feeds the office goldfish?", "b");
        using var feedback = await client.PostAsJsonAsync(new Uri("/api/feedback", UriKind.Relative),
            new { question = "Who owns IT strategy?", answer = "The CIO.", helpful = false });
        await host.LearningWrittenAsync();

        Assert.Equal(System.Net.HttpStatusCode.NoContent, feedback.StatusCode);
        var gaps = LearningGaps.Read(host.DatabasePath, top: 10);
        Assert.Equal(["Who feeds the office goldfish?", "Who owns IT strategy?"], gaps.Select(g => g.Question).Order(StringComparer.Ordinal));
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("was deleted while RoleBot ran", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Kb_gaps_without_a_database_says_where_it_looked_and_fails()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"rolebot-none-{Guid.NewGuid():N}.db");

        var (exit, output, error) = await RoleBotProcess.RunAsync("", "kb", "gaps", "--db", missing);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains($"No learning database at {missing}", error, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
