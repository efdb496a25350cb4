namespace RoleBot.Teams.Cards;

/// <summary>Text; <see cref="Style"/> <c>heading</c> marks headers for screen readers (schema 1.5).</summary>
public sealed record TextBlock(string Text) : CardElement
{
    public bool? Wrap { get; init; } = true;
    public string? Style { get; init; }
    public string? Size { get; init; }
    public string? Weight { get; init; }
    public string? Color { get; init; }
    public bool? IsSubtle { get; init; }
}
