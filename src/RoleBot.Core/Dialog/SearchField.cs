namespace RoleBot.Core.Dialog;

/// <summary>Text to index for one document, with how much a match in it counts; phrases earn a bonus when matched whole.</summary>
internal sealed record SearchField(IReadOnlyList<string> Texts, double Weight, bool IsPhraseList = false);
