namespace RoleBot.Teams.Connector;

/// <summary>Bot Connector REST routes; ids are escaped because Teams ids contain <c>:</c>, <c>;</c> and <c>@</c>.</summary>
public static class ConnectorRoutes
{
    /// <summary><c>{serviceUrl}/v3/conversations/{id}/activities</c>, or <c>…/activities/{replyToId}</c> for a reply.</summary>
    public static Uri Activities(string serviceUrl, string conversationId, string? replyToId = null)
    {
        var path = $"{serviceUrl.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        return new Uri(string.IsNullOrEmpty(replyToId) ? path : $"{path}/{Uri.EscapeDataString(replyToId)}");
    }
}
