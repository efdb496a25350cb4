namespace RoleBot.Core.Learning;

/// <summary>A question the dialog declined, kept so the knowledge base can grow where people need it.</summary>
/// <param name="Channel">"web", "slack", "teams" or "cli".</param>
/// <param name="Question">The question as asked.</param>
/// <param name="AnswerGiven">What RoleBot said instead (the fallback summary).</param>
/// <param name="UserId">The channel's user id, when the channel gives one.</param>
public sealed record DeclinedQuestion(string Channel, string Question, string? AnswerGiven, string? UserId = null);
