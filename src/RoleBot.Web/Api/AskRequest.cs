using System.Text.Json;

namespace RoleBot.Web.Api;

/// <summary>The body of <c>POST /api/ask</c>: <c>{"text", "conversationId"?, "id"?}</c>.</summary>
/// <param name="Id">Echoed back as the answer's <c>id</c>, as the CLI's JSON lines do.</param>
internal sealed record AskRequest(string Text, string? ConversationId, string? Id)
{
    public const int MaxConversationIdLength = 128;

    public static Parsed<AskRequest> From(JsonElement body)
    {
        if (!body.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
        {
            return Refusal.Invalid("\"text\" is missing or not a string; send {\"text\":\"Who owns IT strategy?\"}.");
        }

        var question = text.GetString()!;
        if (string.IsNullOrWhiteSpace(question))
        {
            return Refusal.Invalid("\"text\" is empty; ask a question such as \"Who owns IT strategy?\".");
        }

        string? conversationId = null;
        if (body.TryGetProperty("conversationId", out var conversation) && conversation.ValueKind != JsonValueKind.Null)
        {
            conversationId = conversation.ValueKind == JsonValueKind.String ? conversation.GetString() : null;
            if (conversationId is not { Length: > 0 and <= MaxConversationIdLength } || conversationId.Any(char.IsControl))
            {
                return Refusal.Invalid($"\"conversationId\" must be a string of 1 to {MaxConversationIdLength} printable characters.");
            }
        }

        string? id = null;
        if (body.TryGetProperty("id", out var idElement))
        {
            id = idElement.ValueKind switch
            {
                JsonValueKind.String => idElement.GetString(),
                JsonValueKind.Number => idElement.GetRawText(),
                _ => null,
            };
            // Echoed back, so held to the same bounds as a conversation id rather than reflected as sent.
            if (id is not null && (id.Length is 0 or > MaxConversationIdLength || id.Any(char.IsControl)))
            {
                return Refusal.Invalid($"\"id\" must be 1 to {MaxConversationIdLength} printable characters.");
            }
        }

        return Parsed<AskRequest>.Ok(new AskRequest(question, conversationId, id));
    }
}
