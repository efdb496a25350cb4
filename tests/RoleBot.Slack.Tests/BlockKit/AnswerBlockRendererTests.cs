using System.Text.Json;
using Microsoft.Extensions.Options;
using RoleBot.Core.Answers;
using RoleBot.Core.Organization;
using RoleBot.Slack.BlockKit;

namespace RoleBot.Slack.Tests.BlockKit;

public sealed class AnswerBlockRendererTests
{
    private static readonly Answer Small = new()
    {
        Answered = true,
        Intent = Intent.Ownership,
        Owner = new RoleOwner("CISO"),
        Lead = ["CISO"],
        Support = ["CIO"],
        Title = "Incident response",
        Summary = "The CISO leads.",
        Sources = ["Guide"],
        Suggestions = ["Any statistics?"],
    };

    [Fact]
    public void A_small_answer_renders_exactly_this_block_kit_json()
    {
        var message = Renderer().Render(Small, "who owns incident response?");

        var json = JsonSerializer.Serialize(message.Blocks, SlackJson.Options);

        Assert.Equal(
            """[{"type":"header","text":{"type":"plain_text","text":"CISO owns: Incident response","emoji":true}},""" +
            """{"type":"section","text":{"type":"mrkdwn","text":"The CISO leads."}},""" +
            """{"type":"section","fields":[{"type":"mrkdwn","text":"*Owner*\nCISO (leads; CIO supports)"},{"type":"mrkdwn","text":"*Leads*\nCISO (\u003C@U0CISO001\u003E)"},{"type":"mrkdwn","text":"*Supports*\nCIO"}]},""" +
            """{"type":"context","elements":[{"type":"mrkdwn","text":"Sources: Guide"}]},""" +
            """{"type":"actions","elements":[{"text":{"type":"plain_text","text":"Any statistics?","emoji":true},"action_id":"rolebot_suggest_0","value":"Any statistics?","type":"button"}],"block_id":"rolebot_suggestions"},""" +
            """{"type":"actions","elements":[{"text":{"type":"plain_text","text":"\uD83D\uDC4D Helpful","emoji":true},"action_id":"rolebot_feedback_helpful","value":"{\u0022q\u0022:\u0022who owns incident response?\u0022,\u0022a\u0022:\u0022CISO: Incident response\u0022}","type":"button"},""" +
            """{"text":{"type":"plain_text","text":"\uD83D\uDC4E Not helpful","emoji":true},"action_id":"rolebot_feedback_not_helpful","value":"{\u0022q\u0022:\u0022who owns incident response?\u0022,\u0022a\u0022:\u0022CISO: Incident response\u0022}","type":"button"}],"block_id":"rolebot_feedback"}]""",
            json);
        Assert.StartsWith("Owner: CISO (leads; CIO supports) | Incident response\nThe CISO leads.", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_taken_from_the_answer_is_escaped_in_blocks_and_fallback()
    {
        var answer = Small with { Summary = "R&D <b>owns</b> <@U999> & <!channel>" };

        var message = Renderer().Render(answer, "q");

        var summary = Assert.IsType<SectionBlock>(message.Blocks[1]).Text!.Text;
        Assert.Equal("R&amp;D &lt;b&gt;owns&lt;/b&gt; &lt;@U999&gt; &amp; &lt;!channel&gt;", summary);
        Assert.Contains("R&amp;D &lt;b&gt;owns", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<!channel>", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Slacks_limits_hold_for_a_huge_answer()
    {
        var answer = Small with
        {
            Title = new string('T', 400),
            Summary = string.Join(' ', Enumerable.Repeat("word & more", 2000)),
            Statistics = [.. Enumerable.Range(0, 80).Select(i => new AnswerStatistic($"{i}%", new string('c', 500), "Source " + i))],
            Escalation = [.. Enumerable.Range(1, 60).Select(i => new EscalationStep(i, "Role" + i, new string('a', 300)))],
            Suggestions = [.. Enumerable.Range(0, 12).Select(i => "Suggestion " + i + new string('s', 100))],
        };

        var message = Renderer().Render(answer, "q");

        Assert.True(message.Blocks.Count <= BlockKitLimits.MaxBlocks);
        Assert.IsType<ActionsBlock>(message.Blocks[^1]);
        Assert.True(message.Text.Length <= BlockKitLimits.FallbackText);
        Assert.True(Assert.IsType<HeaderBlock>(message.Blocks[0]).Text.Text.Length <= BlockKitLimits.HeaderText);
        Assert.All(message.Blocks.OfType<SectionBlock>(), s => Assert.True((s.Text?.Text.Length ?? 0) <= BlockKitLimits.SectionText));
        Assert.All(message.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements), b => Assert.True(b.Text.Text.Length <= BlockKitLimits.ButtonText));
        Assert.Equal(5, message.Blocks.OfType<ActionsBlock>().First().Elements.Count);
    }

    [Fact]
    public void Conflicting_figures_are_shown_side_by_side_with_their_sources()
    {
        var answer = Small with
        {
            Statistics =
            [
                new AnswerStatistic("80%", "of CISOs handle incidents", "Survey A", "incident-share"),
                new AnswerStatistic("60%", "of CISOs handle incidents", "Survey B", "incident-share"),
                new AnswerStatistic("35%", "of CIOs join breach response", "Survey C"),
            ],
        };

        var message = Renderer().Render(answer, "q");

        var conflict = message.Blocks.OfType<SectionBlock>().Single(s => s.Text?.Text.StartsWith("*Sources disagree", StringComparison.Ordinal) == true);
        Assert.Equal(["*80%*\nof CISOs handle incidents\n_Survey A_", "*60%*\nof CISOs handle incidents\n_Survey B_"], conflict.Fields!.Select(f => f.Text));
        Assert.Contains(message.Blocks.OfType<SectionBlock>(), s => s.Text?.Text.Contains("*35%* of CIOs join breach response\n      _Survey C_", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Escalation_steps_are_numbered_and_name_directory_people_as_slack_mentions()
    {
        var answer = Small with
        {
            Escalation =
            [
                new EscalationStep(1, "CISO", "Take command.", new Person { Name = "Dana Reyes", SlackUserId = "U0CISO001", OnCall = "#sec-incidents" }),
                new EscalationStep(2, "Legal", "Check duties.", new Person { Name = "Lee <Counsel>", SlackUserId = "not-an-id" }),
                new EscalationStep(3, "Board", "Brief."),
            ],
        };

        var message = Renderer().Render(answer, "q");

        var steps = message.Blocks.OfType<SectionBlock>().Single(s => s.Text?.Text.StartsWith("*Escalation", StringComparison.Ordinal) == true).Text!.Text;
        Assert.Equal(
            "*Escalation, in order*\n1. *CISO* (<@U0CISO001>, on-call #sec-incidents): Take command.\n2. *Legal* (Lee &lt;Counsel&gt;): Check duties.\n3. *Board*: Brief.",
            steps);
    }

    [Fact]
    public void Share_is_offered_only_when_asked_for_and_feedback_only_for_real_answers()
    {
        var declined = Small with { Answered = false, Owner = null, Suggestions = [] };

        var shared = Renderer().Render(Small, "q", offerShare: true);
        var plain = Renderer().Render(declined, "q");

        Assert.Contains(shared.Blocks.OfType<ActionsBlock>().SelectMany(a => a.Elements), b => b.ActionId == ActionIds.Share);
        Assert.DoesNotContain(plain.Blocks, b => b is ActionsBlock);
    }

    private static AnswerBlockRenderer Renderer()
    {
        var organization = new OrganizationOptions();
        organization.People["CISO"] = new Person { Name = "Dana Reyes", SlackUserId = "U0CISO001" };
        return new AnswerBlockRenderer(new PersonMentions(new StaticOptionsMonitor(organization)));
    }

    private sealed class StaticOptionsMonitor(OrganizationOptions value) : IOptionsMonitor<OrganizationOptions>
    {
        public OrganizationOptions CurrentValue => value;

        public OrganizationOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<OrganizationOptions, string?> listener) => null;
    }
}
