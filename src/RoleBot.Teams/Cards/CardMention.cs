namespace RoleBot.Teams.Cards;

/// <summary>A Teams mention inside a card: <see cref="Text"/> (<c>&lt;at&gt;Name&lt;/at&gt;</c>) appears verbatim in a TextBlock.</summary>
public sealed record CardMention(string Text, MentionedPerson Mentioned)
{
    public string Type => "mention";
}
