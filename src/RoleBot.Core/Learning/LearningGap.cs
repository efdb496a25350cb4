namespace RoleBot.Core.Learning;

/// <summary>One question (grouped by <see cref="QuestionKey"/>) people asked that RoleBot declined or answered badly.</summary>
/// <param name="Question">The most recent wording of the question.</param>
/// <param name="Count">Declined plus not-helpful records.</param>
/// <param name="LastSeen">When it was last declined or rated not helpful (UTC).</param>
public sealed record LearningGap(string Question, int Count, int Declined, int NotHelpful, DateTimeOffset LastSeen);
