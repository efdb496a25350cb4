using System.Text.Json;

namespace RoleBot.Teams.Activities;

/// <summary>Turns a request body into an <see cref="Activity"/>, refusing what RoleBot could not act on.</summary>
public static class ActivityParser
{
    /// <summary>
    /// Null when the body is not JSON, has no <c>type</c>, or lacks what replying needs: an absolute http(s)
    /// <c>serviceUrl</c> and, for messages, conversation updates and invokes, a conversation id.
    /// </summary>
    public static Activity? Parse(ReadOnlySpan<byte> body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ActivityJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }

        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return null;
        }

        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
            || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var needsConversation = activity.Type is ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.Invoke;
        return needsConversation && string.IsNullOrWhiteSpace(activity.Conversation?.Id) ? null : activity;
    }
}
