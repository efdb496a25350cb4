using RoleBot.Core.Dialog;
using RoleBot.Slack.Conversations;

namespace RoleBot.Slack.Events;

/// <summary>
/// Decides which events RoleBot answers: <c>app_mention</c> in channels (in the thread) and plain <c>message</c>s in
/// direct messages. Bots (RoleBot included), edits, deletions and every other subtype are ignored, the way Bolt's
/// <c>ignoreSelf</c> does, so RoleBot never answers itself.
/// </summary>
internal static class EventTriage
{
    public static EventDecision Decide(EventEnvelope envelope, MessageEvent message)
    {
        if (message.Type is not ("app_mention" or "message"))
        {
            return EventDecision.Ignore("unhandled_type");
        }

        if (message.BotId is not null || message.Subtype is "bot_message")
        {
            return EventDecision.Ignore("bot");
        }

        if (message.Subtype is not null || message.Edited is not null)
        {
            return EventDecision.Ignore("subtype");
        }

        if (message.User is null || message.Channel is null || message.Ts is null)
        {
            return EventDecision.Ignore("incomplete");
        }

        if (envelope.Authorizations?.Any(a => a.IsBot && a.UserId == message.User) == true)
        {
            return EventDecision.Ignore("self");
        }

        var team = message.Team ?? envelope.TeamId ?? "";
        var text = InboundText.Clean(message.Text);
        if (text.Length == 0)
        {
            text = "help";
        }

        if (message.Type == "message")
        {
            // Channel messages would only come through a subscription RoleBot does not ask for; answering them would
            // also answer every mention twice (once as app_mention).
            if (message.ChannelType != "im")
            {
                return EventDecision.Ignore("not_direct_message");
            }

            var dm = ConversationKey.ForDirectMessage(team, message.Channel, message.ThreadTs);
            return new EventDecision(new Question(text, dm, ConversationKey.Channel, message.User), message.Channel, message.ThreadTs, null);
        }

        var thread = message.ThreadTs ?? message.Ts;
        var key = ConversationKey.ForThread(team, message.Channel, thread);
        return new EventDecision(new Question(text, key, ConversationKey.Channel, message.User), message.Channel, thread, null);
    }
}
