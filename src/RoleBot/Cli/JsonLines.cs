using System.Text.Json;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Cli;

/// <summary>
/// Answers a stream of JSON lines in order. A line that cannot be read yields an error line and the
/// stream goes on; lines with the same <c>conversation</c> share follow-up state.
/// </summary>
internal static class JsonLines
{
    public static async Task AnswerAllAsync(IRoleBotDialog dialog, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var number = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync(await AnswerLineAsync(dialog, line, number, cancellationToken));
        }

        await output.FlushAsync(cancellationToken);
    }

    public static async Task<string> AnswerLineAsync(IRoleBotDialog dialog, string line, int number, CancellationToken cancellationToken)
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
            var answer = await dialog.AskAsync(new Question(textElement.GetString() ?? "", conversation, "cli"), cancellationToken);
            return JsonSerializer.Serialize(AnswerJson.From(answer, id), AnswerJson.Options);
        }
        catch (JsonException e)
        {
            return Error(id, number, "not valid JSON: " + e.Message);
        }
    }

    private static string Error(string? id, int number, string message) =>
        JsonSerializer.Serialize(new { id, error = $"line {number}: {message}" }, AnswerJson.Options);
}
