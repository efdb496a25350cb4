using System.Text;
using RoleBot.Core.Answers;

namespace RoleBot.Slack.BlockKit;

/// <summary>
/// Renders an <see cref="Answer"/> as Block Kit: header with the owner, summary, lead/support fields, figures with
/// their sources (conflicting figures side by side), numbered escalation, sources, then buttons. Everything taken from
/// the answer is escaped, every text is cut to Slack's limits, and the message never exceeds 50 blocks.
/// </summary>
internal sealed class AnswerBlockRenderer(PersonMentions mentions)
{
    private const int MaxSuggestions = 5;

    public SlackMessage Render(Answer answer, string question, bool offerShare = false)
    {
        var content = new List<Block>();
        if (answer.Note is { Length: > 0 } note)
        {
            content.Add(Context($"_Note: {SlackText.Escape(note)}_"));
        }

        if (Heading(answer) is { Length: > 0 } heading)
        {
            content.Add(new HeaderBlock(TextObject.Plain(SlackText.Truncate(SlackText.Escape(heading), BlockKitLimits.HeaderText))));
        }

        content.AddRange(Sections(SlackText.Escape(answer.Summary)));
        if (answer.Owner is not null && (answer.Lead.Count > 0 || answer.Support.Count > 0))
        {
            content.Add(LeadAndSupport(answer));
        }

        AddStatistics(content, answer.Statistics);
        AddEscalation(content, answer.Escalation);
        if (answer.Sources.Count > 0)
        {
            content.Add(Context("Sources: " + SlackText.Escape(string.Join(" · ", answer.Sources))));
        }

        var actions = Actions(answer, question, offerShare);
        var room = BlockKitLimits.MaxBlocks - actions.Count;
        if (content.Count > room)
        {
            content = [.. content.Take(room - 1), Context("_The answer was shortened to fit Slack; ask a narrower question for the rest._")];
        }

        return new SlackMessage(Fallback(answer), [.. content, .. actions]);
    }

    /// <summary>The plain <c>text</c> Slack shows in notifications and to screen readers.</summary>
    public static string Fallback(Answer answer) =>
        SlackText.Truncate(SlackText.Escape(PlainTextRenderer.Render(answer)), BlockKitLimits.FallbackText);

    private static string Heading(Answer answer) =>
        answer.Owner is { } owner && answer.Intent is not Intent.Role
            ? answer.Title.Length > 0 ? $"{owner} owns: {answer.Title}" : $"Owner: {owner}"
            : answer.Title;

    private SectionBlock LeadAndSupport(Answer answer)
    {
        var fields = new List<TextObject>
        {
            Field("*Owner*\n" + SlackText.Escape(PlainTextRenderer.OwnerLabel(answer.Owner!.Value, answer.Lead, answer.Support))),
        };
        if (answer.Lead.Count > 0)
        {
            fields.Add(Field("*Leads*\n" + string.Join(", ", answer.Lead.Select(mentions.Role))));
        }

        if (answer.Support.Count > 0)
        {
            fields.Add(Field("*Supports*\n" + string.Join(", ", answer.Support.Select(mentions.Role))));
        }

        return new SectionBlock { Fields = fields };
    }

    private static void AddStatistics(List<Block> content, IReadOnlyList<AnswerStatistic> statistics)
    {
        if (statistics.Count == 0)
        {
            return;
        }

        var agreed = statistics.Where(s => !IsConflicting(s, statistics)).ToList();
        if (agreed.Count > 0)
        {
            var lines = new StringBuilder("*Figures*");
            foreach (var statistic in agreed)
            {
                lines.Append("\n• *").Append(SlackText.Escape(statistic.Value)).Append("* ").Append(SlackText.Escape(statistic.Claim))
                    .Append("\n      _").Append(SlackText.Escape(statistic.Source)).Append('_');
            }

            content.AddRange(Sections(lines.ToString()));
        }

        foreach (var conflict in statistics.Where(s => IsConflicting(s, statistics)).GroupBy(s => s.ConflictSet))
        {
            var fields = conflict.Take(BlockKitLimits.Fields)
                .Select(s => Field($"*{SlackText.Escape(s.Value)}*\n{SlackText.Escape(s.Claim)}\n_{SlackText.Escape(s.Source)}_"))
                .ToList();
            content.Add(new SectionBlock { Text = TextObject.Markdown("*Sources disagree on this figure:*"), Fields = fields });
        }
    }

    private static bool IsConflicting(AnswerStatistic statistic, IReadOnlyList<AnswerStatistic> all) =>
        statistic.ConflictSet is { } set && all.Count(s => s.ConflictSet == set) > 1;

    private void AddEscalation(List<Block> content, IReadOnlyList<EscalationStep> steps)
    {
        if (steps.Count == 0)
        {
            return;
        }

        var lines = new StringBuilder("*Escalation, in order*");
        foreach (var step in steps.OrderBy(s => s.Order))
        {
            lines.Append('\n').Append(step.Order).Append(". *").Append(SlackText.Escape(step.Role)).Append('*');
            var person = step.Contact ?? mentions.Find(step.Role);
            if (person is not null && PersonMentions.Mention(person) is { } who)
            {
                lines.Append(" (").Append(who);
                if (!string.IsNullOrWhiteSpace(person.OnCall))
                {
                    lines.Append(", on-call ").Append(SlackText.Escape(person.OnCall));
                }

                lines.Append(')');
            }

            lines.Append(": ").Append(SlackText.Escape(step.Action));
        }

        content.AddRange(Sections(lines.ToString()));
    }

    private static List<Block> Actions(Answer answer, string question, bool offerShare)
    {
        var actions = new List<Block>();
        var suggestions = answer.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Take(MaxSuggestions)
            .Select((s, i) => new ButtonElement(TextObject.Plain(SlackText.Truncate(SlackText.Escape(s), BlockKitLimits.ButtonText)), ActionIds.SuggestPrefix + i, Value(s)))
            .ToList();
        if (suggestions.Count > 0)
        {
            actions.Add(new ActionsBlock(suggestions) { BlockId = ActionIds.SuggestionsBlock });
        }

        var buttons = new List<ButtonElement>();
        if (answer.Answered)
        {
            var feedback = new FeedbackValue(question, FeedbackSummary(answer)).ToJson();
            buttons.Add(new ButtonElement(TextObject.Plain("👍 Helpful"), ActionIds.Helpful, feedback));
            buttons.Add(new ButtonElement(TextObject.Plain("👎 Not helpful"), ActionIds.NotHelpful, feedback));
        }

        if (offerShare)
        {
            buttons.Add(new ButtonElement(TextObject.Plain("Share in channel"), ActionIds.Share, Value(question)) { Style = "primary" });
        }

        if (buttons.Count > 0)
        {
            actions.Add(new ActionsBlock(buttons) { BlockId = ActionIds.FeedbackBlock });
        }

        return actions;
    }

    /// <summary>"CISO: Incident response", so a reviewer sees what was rated.</summary>
    private static string FeedbackSummary(Answer answer) =>
        answer.Owner is { } owner ? $"{owner}: {(answer.Title.Length > 0 ? answer.Title : answer.Summary)}" : answer.Summary;

    private static string Value(string text) => text.Length <= BlockKitLimits.ButtonValue ? text : text[..BlockKitLimits.ButtonValue];

    private static IEnumerable<SectionBlock> Sections(string escaped) =>
        escaped.Length == 0 ? [] : SlackText.Split(escaped, BlockKitLimits.SectionText).Select(piece => new SectionBlock { Text = TextObject.Markdown(piece) });

    private static TextObject Field(string escaped) => TextObject.Markdown(SlackText.Truncate(escaped, BlockKitLimits.FieldText));

    private static ContextBlock Context(string escaped) => new([TextObject.Markdown(SlackText.Truncate(escaped, BlockKitLimits.ContextText))]);
}
