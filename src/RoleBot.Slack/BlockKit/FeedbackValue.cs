using System.Text.Json;

namespace RoleBot.Slack.BlockKit;

/// <summary>
/// What a feedback button carries, so the click can be recorded without server-side state: the question and a short
/// form of the answer. Kept under Slack's 2,000-character button value limit.
/// </summary>
internal sealed record FeedbackValue(string Q, string? A)
{
    private const int MaxQuestion = 900;
    private const int MaxAnswer = 600;

    public string ToJson() => JsonSerializer.Serialize(new FeedbackValue(Cut(Q, MaxQuestion), A is null ? null : Cut(A, MaxAnswer)), SlackJson.Options);

    public static FeedbackValue? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<FeedbackValue>(value, SlackJson.Options) is { Q: not null } parsed ? parsed : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
