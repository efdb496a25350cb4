namespace RoleBot.Slack.BlockKit;

/// <summary>The <c>action_id</c>s and <c>block_id</c>s of RoleBot's buttons, shared by the renderer and the interaction handler.</summary>
internal static class ActionIds
{
    /// <summary>Followed by the button's index: action ids must be unique within their block.</summary>
    public const string SuggestPrefix = "rolebot_suggest_";
    public const string Share = "rolebot_share";
    public const string Helpful = "rolebot_feedback_helpful";
    public const string NotHelpful = "rolebot_feedback_not_helpful";

    public const string SuggestionsBlock = "rolebot_suggestions";
    public const string FeedbackBlock = "rolebot_feedback";
}
