namespace RoleBot.Core.Learning;

/// <summary>One row of the learning database, stamped when it happened so a record written late keeps its time.</summary>
internal sealed record LearningRecord(string Kind, DateTimeOffset At, string Channel, string Question, string? AnswerGiven, string? UserId);
