namespace RoleBot.Core.Dialog;

/// <summary>A question as every channel hands it to the dialog: raw text plus where it came from.</summary>
/// <param name="ConversationId">Follow-ups resolve against earlier turns with the same id; channels choose it (Slack: channel + thread).</param>
/// <param name="Channel">"cli", "web", "slack", "teams": used for metrics and feedback only.</param>
public sealed record Question(string Text, string ConversationId, string Channel = "cli", string? UserId = null);
