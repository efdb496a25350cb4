namespace RoleBot.Core.Answers;

/// <summary>One figure in an answer. <see cref="ConflictSet"/> is set when other sources report a different figure for the same thing.</summary>
public sealed record AnswerStatistic(string Value, string Claim, string Source, string? ConflictSet = null);
