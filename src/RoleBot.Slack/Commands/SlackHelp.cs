using RoleBot.Slack.BlockKit;

namespace RoleBot.Slack.Commands;

/// <summary>What <c>/rolebot</c> and <c>/rolebot help</c> show: what RoleBot knows and questions to try (as buttons).</summary>
internal static class SlackHelp
{
    public static readonly IReadOnlyList<string> Examples =
    [
        "Who owns incident response?",
        "Who does the CISO report to?",
        "Any statistics on incident response?",
        "What is the difference between a CIO and a CISO?",
        "Who do I escalate a ransomware attack to?",
    ];

    public static bool IsHelp(string text) => text.Length == 0 || text.Equals("help", StringComparison.OrdinalIgnoreCase) || text == "?";

    public static SlackMessage Message(string command)
    {
        var usage = $"Ask `{SlackText.Escape(command)} &lt;question&gt;` about who owns what between the CIO and the CISO: ownership, escalation, figures with their sources, reporting lines. " +
            "Only you see the answer; *Share in channel* posts it for everyone. You can also mention RoleBot in a channel or send it a direct message.";
        var examples = "*Try:*\n" + string.Join("\n", Examples.Select(e => $"• {SlackText.Escape(command)} {SlackText.Escape(e)}"));
        var buttons = Examples.Select((e, i) => new ButtonElement(TextObject.Plain(SlackText.Truncate(e, BlockKitLimits.ButtonText)), ActionIds.SuggestPrefix + i, e)).ToList();
        Block[] blocks =
        [
            new HeaderBlock(TextObject.Plain("RoleBot: who owns this, the CIO or the CISO?")),
            new SectionBlock { Text = TextObject.Markdown(usage) },
            new SectionBlock { Text = TextObject.Markdown(examples) },
            new ActionsBlock(buttons) { BlockId = ActionIds.SuggestionsBlock },
        ];
        return new SlackMessage($"RoleBot help: ask {SlackText.Escape(command)} &lt;question&gt;, for example {SlackText.Escape(command)} {Examples[0]}", blocks);
    }
}
