using System.Text.Json;
using System.Text.Json.Nodes;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Cli;

/// <summary>
/// Answers a stream of JSON lines in order. A line that cannot be read yields an error line and the
/// stream goes on; lines with the same <c>conversation</c> share follow-up state.
/// </summary>
internal static class JsonLines
{
    /// <param name="explain">When given, each answer line also carries why it was answered so (see <see cref="ExplanationJson"/>).</param>
    public static async Task AnswerAllAsync(IRoleBotDialog dialog, TextReader input, TextWriter output, CancellationToken cancellationToken,
        Func<string, DialogExplanation>? explain = null)
    {
        var number = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync(await AnswerLineAsync(dialog, line, number, cancellationToken, explain));
        }

        await output.FlushAsync(cancellationToken);
    }

    public static async Task<string> AnswerLineAsync(IRoleBotDialog dialog, string line, int number, CancellationToken cancellationToken,
        Func<string, DialogExplanation>? explain = null)
    {
        string? id = null;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, number, "expected a JSON object like {\"id\":\"q1\",\"text\":\"Who owns IT strategy?\"}");
            }

            id = root.TryGetProperty("id", out var idElement) ? idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            } : null;
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
            {
                return Error(id, number, "\"text\" is missing or not a string");
            }

            var conversation = root.TryGetProperty("conversation", out var c) && c.ValueKind == JsonValueKind.String
                ? "jsonl:" + c.GetString()
                : "";
            var text = textElement.GetString() ?? "";
            var answer = await dialog.AskAsync(new Question(text, conversation, "cli"), cancellationToken);
            if (explain is null)
            {
                return JsonSerializer.Serialize(AnswerJson.From(answer, id), AnswerJson.Options);
            }

            var explained = JsonSerializer.SerializeToNode(AnswerJson.From(answer, id), AnswerJson.Options)!.AsObject();
            explained["explanation"] = JsonSerializer.SerializeToNode(ExplanationJson.From(explain(text)), ExplanationJson.Options);
            return explained.ToJsonString(AnswerJson.Options);
        }
        catch (JsonException e)
        {
            return Error(id, number, "not valid JSON: " + e.Message);
        }
    }

    private static string Error(string? id, int number, string message) =>
        JsonSerializer.Serialize(new { id, error = $"line {number}: {message}" }, AnswerJson.Options);
}
