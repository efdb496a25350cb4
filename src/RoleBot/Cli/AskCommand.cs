using System.CommandLine;
using System.Text.Json;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Cli;

/// <summary><c>ask "question"</c>, <c>ask --json "question"</c> and <c>ask --jsonl</c> (questions as JSON lines on stdin).</summary>
internal static class AskCommand
{
    private static readonly Dictionary<string, string?> OneQuestion = new() { ["Semantic:PrepackWeights"] = "false" };

    public static Command Create()
    {
        var question = new Argument<string[]>("question") { Arity = ArgumentArity.ZeroOrMore, Description = "The question; quotes are optional." };
        var json = new Option<bool>("--json") { Description = "Print the answer as one JSON object." };
        var jsonl = new Option<bool>("--jsonl") { Description = "Read JSON lines {\"id\",\"text\",\"conversation\"?} from stdin; print one JSON answer per line, in order." };
        var conversation = new Option<string?>("--conversation") { Description = "A conversation id, so follow-ups resolve against earlier questions with the same id." };
        var explain = new Option<bool>("--explain") { Description = "Show why: the lexical reading, the vote of the nearest example questions and those examples." };
        var command = new Command("ask", "Ask one question, or many with --jsonl.") { question, json, jsonl, conversation, explain };
        command.SetAction(async (result, cancellationToken) =>
        {
            // One question cannot win back the time it takes to prepare the weights for faster questions.
            await using var services = RoleBotCli.Services(result.GetValue(jsonl) ? null : OneQuestion);
            var dialog = services.GetRequiredService<IRoleBotDialog>();
            if (result.GetValue(jsonl))
            {
                await JsonLines.AnswerAllAsync(dialog, Console.In, Console.Out, cancellationToken,
                    result.GetValue(explain) ? services.GetRequiredService<RoleBotDialog>().Explain : null);
                return 0;
            }

            var text = string.Join(' ', result.GetValue(question) ?? []);
            if (result.GetValue(explain))
            {
                await Console.Out.WriteAsync(ExplanationRenderer.Render(services.GetRequiredService<RoleBotDialog>().Explain(text)));
                return 0;
            }

            var answer = await dialog.AskAsync(new Question(text, result.GetValue(conversation) ?? "", "cli"), cancellationToken);
            await Console.Out.WriteLineAsync(result.GetValue(json)
                ? JsonSerializer.Serialize(AnswerJson.From(answer), AnswerJson.Options)
                : PlainTextRenderer.Render(answer));
            return 0;
        });
        return command;
    }
}
