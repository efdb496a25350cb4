namespace RoleBot.Slack.BlockKit;

/// <summary>A <c>plain_text</c> or <c>mrkdwn</c> text object. Callers escape user-derived text first (<see cref="SlackText.Escape"/>).</summary>
internal sealed record TextObject(string Type, string Text)
{
    public bool? Emoji { get; init; }

    public static TextObject Plain(string text) => new("plain_text", text) { Emoji = true };

    public static TextObject Markdown(string text) => new("mrkdwn", text);
}
