using System.Text.Json;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using Xunit.Abstractions;

namespace RoleBot.Core.Tests.Eval;

/// <summary>
/// Labelled question sets scored under the same rules as ../shared/eval/score.py. Questions are answered in
/// order; lines of one conversation share state. dev.jsonl is a copy of the shared development set (97% is the
/// product's bar); holdout.jsonl holds other questions on the same topics, written without looking at the
/// answers, and guards against regressions in how RoleBot generalises; fresh.jsonl was written later from the
/// documents alone by someone who had not seen RoleBot (it scored 84% the first time it was run), fresh2.jsonl and
/// fresh3.jsonl the same way later still (88.8% and 80% at first), fresh4.jsonl and fresh5.jsonl later again (87.9% and
/// 87.0% at first), fresh6.jsonl and fresh7.jsonl after that (89.0% and 91.2% at first), fresh8.jsonl (in the dev set's
/// own style) and fresh9.jsonl (the documents' details) next (98.0% and 84.0% at first), fresh10.jsonl (many tricky
/// out-of-scope questions) and fresh11.jsonl (tasks described in lay words) next (89.0% and 80.0% at first), then
/// fresh12.jsonl (dev style) and fresh13.jsonl (people in other jobs, in their own words) (99.0% and 83.0% at first),
/// fresh14.jsonl (half in lay words) (77.0% at first), and fresh15.jsonl (dev style) and fresh16.jsonl (a realistic week of
/// Slack messages) (95.0% and 96.0% at first), and fresh17.jsonl (dev style, every responsibility and figure) and
/// fresh18.jsonl (a blunt, sceptical manager) (98.0% and 85.0% at first), and fresh19.jsonl (incident time) and
/// fresh20.jsonl (dev style) last (88.0% and 96.0% at first). Their floors sit just under the last measured scores.
/// </summary>
public sealed class DevSetRegressionTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("dev.jsonl", 0.97, 80)]
    [InlineData("holdout.jsonl", 0.97, 120)]
    [InlineData("fresh.jsonl", 0.96, 100)]
    [InlineData("fresh2.jsonl", 0.97, 80)]
    [InlineData("fresh3.jsonl", 0.93, 80)]
    [InlineData("fresh4.jsonl", 0.97, 90)]
    [InlineData("fresh5.jsonl", 0.96, 90)]
    [InlineData("fresh6.jsonl", 0.96, 90)]
    [InlineData("fresh7.jsonl", 0.96, 90)]
    [InlineData("fresh8.jsonl", 0.98, 100)]
    [InlineData("fresh9.jsonl", 0.95, 100)]
    [InlineData("fresh10.jsonl", 0.96, 100)]
    [InlineData("fresh11.jsonl", 0.95, 100)]
    [InlineData("fresh12.jsonl", 0.98, 100)]
    [InlineData("fresh13.jsonl", 0.92, 100)]
    [InlineData("fresh14.jsonl", 0.95, 100)]
    [InlineData("fresh15.jsonl", 0.96, 100)]
    [InlineData("fresh16.jsonl", 0.96, 100)]
    [InlineData("fresh17.jsonl", 0.97, 100)]
    [InlineData("fresh18.jsonl", 0.95, 100)]
    [InlineData("fresh19.jsonl", 0.96, 100)]
    [InlineData("fresh20.jsonl", 0.98, 100)]
    public async Task A_labelled_question_set_keeps_its_required_score(string file, double requiredScore, int minimumSize)
    {
        var labels = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Eval", file))
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
        Assert.True(labels.Length >= minimumSize, $"{file} should not shrink");
        Assert.True(score >= requiredScore, $"{file} scored {score:P1}; failures:\n{string.Join('\n', failures)}");
    }
}
