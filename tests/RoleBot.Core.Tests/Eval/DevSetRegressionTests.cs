using System.Text.Json;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using Xunit.Abstractions;

namespace RoleBot.Core.Tests.Eval;

/// <summary>
/// The labelled development set (a copy of ../shared/eval/dev.jsonl) must keep scoring at least 97%
/// under the same rules as score.py. Questions are answered in order; lines of one conversation share state.
/// </summary>
public sealed class DevSetRegressionTests(ITestOutputHelper output)
{
    private const double RequiredScore = 0.97;

    [Fact]
    public async Task The_dev_set_scores_at_least_97_percent()
    {
        var labels = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Eval", "dev.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(line => JsonSerializer.Deserialize<LabelledQuestion>(line)!)
            .ToArray();
        var dialog = TestDialog.Create();
        var failures = new List<string>();
        foreach (var label in labels)
        {
            var answer = await dialog.AskAsync(new Question(label.Text, label.Conversation ?? ""));
            var why = EvalScorer.Check(label, AnswerJson.From(answer, label.Id));
            if (why is not null)
            {
                failures.Add($"{label.Id} '{label.Text}': {why}");
            }
        }

        foreach (var failure in failures)
        {
            output.WriteLine(failure);
        }

        var score = (labels.Length - failures.Count) / (double)labels.Length;
        output.WriteLine($"score: {labels.Length - failures.Count}/{labels.Length} = {score:P1}");
        Assert.True(labels.Length >= 80, "the dev set should not shrink");
        Assert.True(score >= RequiredScore, $"dev set scored {score:P1}; failures:\n{string.Join('\n', failures)}");
    }
}
