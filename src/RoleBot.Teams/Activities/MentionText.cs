using System.Net;
using System.Text.RegularExpressions;

namespace RoleBot.Teams.Activities;

/// <summary>The question in a message: its text without the bot's own <c>&lt;at&gt;</c> mention, HTML entities decoded.</summary>
public static partial class MentionText
{
    public static string QuestionIn(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type != ActivityTypes.MentionEntity || botId is null || mention.Mentioned?.Id != botId)
            {
                continue;
            }

            // The entity's text is what appears in the message; it can be null in group chats (BBD #2504),
            // and the mentioned name can differ from recipient.name, so fall back to the name it carries.
            var shown = !string.IsNullOrEmpty(mention.Text) ? mention.Text
                : mention.Mentioned.Name is { Length: > 0 } name ? $"<at>{name}</at>"
                : null;
            if (shown is not null)
            {
                text = text.Replace(shown, " ", StringComparison.OrdinalIgnoreCase);
            }
        }

        return Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(text, " ")), " ").Trim();
    }

    /// <summary>Teams wraps channel messages in HTML (<c>&lt;p&gt;</c>, <c>&lt;div&gt;</c>); only the text is a question.</summary>
    [GeneratedRegex("<[^>]{1,200}>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
