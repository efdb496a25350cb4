namespace RoleBot.Slack.BlockKit;

/// <summary>Slack's published limits for messages.</summary>
internal static class BlockKitLimits
{
    public const int MaxBlocks = 50;
    public const int HeaderText = 150;
    public const int SectionText = 3000;
    public const int Fields = 10;
    public const int FieldText = 2000;
    public const int ContextElements = 10;
    public const int ContextText = 2000;
    public const int ButtonText = 75;
    public const int ButtonValue = 2000;
    public const int ActionElements = 25;

    /// <summary>Slack truncates <c>text</c> past 40,000 characters and recommends at most 4,000; RoleBot stays under that.</summary>
    public const int FallbackText = 3900;
}
