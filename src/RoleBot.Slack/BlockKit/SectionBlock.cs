namespace RoleBot.Slack.BlockKit;

/// <summary>Text (at most 3,000 characters) and/or up to 10 side-by-side fields (at most 2,000 each).</summary>
internal sealed record SectionBlock : Block
{
    public TextObject? Text { get; init; }

    public IReadOnlyList<TextObject>? Fields { get; init; }
}
