namespace RoleBot.Teams.Handling;

/// <summary>The HTTP answer to an <c>invoke</c> activity: its status and JSON body, sent synchronously.</summary>
internal sealed record InvokeResponse(int Status, AdaptiveCardInvokeResponse? Body = null);
