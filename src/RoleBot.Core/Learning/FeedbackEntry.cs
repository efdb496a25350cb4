namespace RoleBot.Core.Learning;

/// <summary>A person's verdict on one answer, from any channel's helpful / not-helpful buttons.</summary>
/// <param name="Channel">"web", "slack", "teams" or "cli".</param>
/// <param name="Question">The question the rated answer replied to.</param>
/// <param name="AnswerGiven">What RoleBot answered (its summary, or the owner), so a reviewer sees what was rated.</param>
/// <param name="Helpful">True for helpful, false for not helpful.</param>
/// <param name="UserId">The channel's user id, when the channel gives one.</param>
public sealed record FeedbackEntry(string Channel, string Question, string? AnswerGiven, bool Helpful, string? UserId = null);
