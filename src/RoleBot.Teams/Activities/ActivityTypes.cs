namespace RoleBot.Teams.Activities;

/// <summary>The activity types and invoke names RoleBot handles.</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string AdaptiveCardAction = "adaptiveCard/action";
    public const string MentionEntity = "mention";
}
