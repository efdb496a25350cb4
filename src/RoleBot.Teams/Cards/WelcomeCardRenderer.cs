namespace RoleBot.Teams.Cards;

/// <summary>The card new staff see: what RoleBot answers, and three example questions as buttons.</summary>
public static class WelcomeCardRenderer
{
    /// <summary>The notification preview.</summary>
    public const string Summary = "Welcome to RoleBot";

    public static readonly IReadOnlyList<string> ExampleQuestions =
    [
        "Who owns patch management?",
        "How many CISOs report to the CIO?",
        "I clicked a phishing link, what do I do?",
    ];

    public static AdaptiveCard Render() => new()
    {
        FallbackText = "Welcome to RoleBot. Ask me who owns a technology or security responsibility, for example: "
            + string.Join(" | ", ExampleQuestions),
        Body =
        [
            new TextBlock("Welcome to RoleBot") { Style = "heading", Size = "Large", Weight = "Bolder" },
            new TextBlock("Not sure whether something belongs to the CIO or the CISO? Ask me. I tell you who owns a "
                + "responsibility, the figures behind it with their sources, how the two roles differ, and whom to "
                + "contact first when something goes wrong."),
            new TextBlock("Mention me in a channel or group chat, or message me directly. Try one of these:") { IsSubtle = true },
        ],
        Actions = [.. ExampleQuestions.Select(q => new SubmitAction(q, CardActionData.AskFor(q)))],
        MsTeams = new TeamsCardProperties { Width = "Full" },
    };
}
