namespace RoleBot.Teams.Handling;

/// <summary>
/// The body Teams expects for <c>adaptiveCard/action</c>: a card that replaces the clicked one, a message shown to
/// the person who clicked, or an error.
/// </summary>
internal sealed record AdaptiveCardInvokeResponse(int StatusCode, string Type, object Value)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public static AdaptiveCardInvokeResponse Message(string text) => new(200, MessageType, text);

    public static AdaptiveCardInvokeResponse Card(object card) => new(200, CardType, card);

    public static AdaptiveCardInvokeResponse Error(string code, string message) => new(400, ErrorType, new { code, message });
}
