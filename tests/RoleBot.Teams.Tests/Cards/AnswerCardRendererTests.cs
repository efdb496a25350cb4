using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using RoleBot.Core.Organization;
using RoleBot.Teams.Activities;
using RoleBot.Teams.Cards;

namespace RoleBot.Teams.Tests.Cards;

/// <summary>The Adaptive Card 1.5 an answer becomes, element by element.</summary>
public sealed class AnswerCardRendererTests
{
    private const int TeamsSafeBytes = 80 * 1024;

    private static readonly Person Dana = new() { Name = "Dana Reyes", TeamsUpn = "dana.reyes@contoso.com", OnCall = "#sec-incidents" };

    private static readonly OrganizationOptions Organization = new()
    {
        People = new(StringComparer.OrdinalIgnoreCase) { ["CISO"] = Dana, ["CIO"] = new Person { Name = "Sam Okafor" } },
    };

    private static readonly Answer Full = new()
    {
        Answered = true,
        Intent = Intent.Escalation,
        Owner = new RoleOwner("CISO"),
        Lead = ["CISO"],
        Support = ["CIO"],
        Title = "Incident response",
        Summary = "The CISO leads incident response; the CIO restores systems.",
        Statistics =
        [
            new AnswerStatistic("64%", "of CISOs report into IT leadership", "Source A (2024)", "ciso_reporting"),
            new AnswerStatistic("76%", "of CISOs report to the CEO or board", "Source B (2025)", "ciso_reporting"),
            new AnswerStatistic("80%", "of incidents start with phishing", "Source C (2023)"),
        ],
        Escalation =
        [
            new EscalationStep(2, "CIO", "Restore affected systems."),
            new EscalationStep(1, "CISO", "Contain the incident.", Dana),
            new EscalationStep(3, "Legal", "Assess notification duties."),
        ],
        Sources = ["Source A (2024)", "Source B (2025)"],
        Suggestions = ["Who owns vendor risk?", "Any stats on phishing?"],
        TopicId = "incident_response",
    };

    private static JsonElement Json(AdaptiveCard card) => JsonSerializer.SerializeToElement(card, ActivityJson.Options);

    private static List<JsonElement> Body(JsonElement card) => [.. card.GetProperty("body").EnumerateArray()];

    [Fact]
    public void The_card_is_schema_1_5_with_the_plain_text_answer_as_fallback()
    {
        var card = Json(AnswerCardRenderer.Render(Full, "who handles incidents?", Organization)!);

        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card.GetProperty("$schema").GetString());
        Assert.Equal(PlainTextRenderer.Render(Full), card.GetProperty("fallbackText").GetString());
    }

    [Fact]
    public void The_owner_is_the_heading_followed_by_the_summary()
    {
        var body = Body(Json(AnswerCardRenderer.Render(Full, "q", Organization)!));

        Assert.Equal("heading", body[0].GetProperty("style").GetString());
        Assert.StartsWith("Owner: ", body[0].GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(body, e => e.GetProperty("type").GetString() == "TextBlock" && e.GetProperty("text").GetString() == Full.Summary);
    }

    [Fact]
    public void Lead_and_support_are_a_FactSet_naming_directory_people_as_Teams_mentions()
    {
        var card = Json(AnswerCardRenderer.Render(Full, "q", Organization)!);

        var facts = Body(card).Single(e => e.GetProperty("type").GetString() == "FactSet").GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(("Leads", "CISO (<at>Dana Reyes</at>)"), (facts[0].GetProperty("title").GetString(), facts[0].GetProperty("value").GetString()));
        Assert.Equal(("Supports", "CIO (Sam Okafor)"), (facts[1].GetProperty("title").GetString(), facts[1].GetProperty("value").GetString()));
        var mention = Assert.Single(card.GetProperty("msteams").GetProperty("entities").EnumerateArray());
        Assert.Equal("mention", mention.GetProperty("type").GetString());
        Assert.Equal("<at>Dana Reyes</at>", mention.GetProperty("text").GetString());
        Assert.Equal("dana.reyes@contoso.com", mention.GetProperty("mentioned").GetProperty("id").GetString());
        Assert.Equal("Dana Reyes", mention.GetProperty("mentioned").GetProperty("name").GetString());
    }

    [Fact]
    public void Conflicting_figures_stand_side_by_side_each_with_its_source()
    {
        var body = Body(Json(AnswerCardRenderer.Render(Full, "q", Organization)!));

        var columns = body.Single(e => e.GetProperty("type").GetString() == "ColumnSet").GetProperty("columns").EnumerateArray().ToList();
        Assert.Equal(2, columns.Count);
        Assert.Equal(["64%", "Source A (2024)"], Texts(columns[0]).Where(t => t is "64%" or "Source A (2024)"));
        Assert.Equal(["76%", "Source B (2025)"], Texts(columns[1]).Where(t => t is "76%" or "Source B (2025)"));
        var single = body.Single(e => e.GetProperty("type").GetString() == "Container");
        Assert.Equal(["**80%** — of incidents start with phishing", "Source C (2023)"], Texts(single));
    }

    [Fact]
    public void Escalation_steps_are_numbered_in_order_with_the_contact_mentioned()
    {
        var texts = Body(Json(AnswerCardRenderer.Render(Full, "q", Organization)!))
            .Where(e => e.GetProperty("type").GetString() == "TextBlock")
            .Select(e => e.GetProperty("text").GetString()!)
            .Where(t => t.Length > 2 && char.IsDigit(t[0]) && t[1] == '.')
            .ToList();

        Assert.Equal(
            ["1. **CISO** (<at>Dana Reyes</at>, on-call #sec-incidents): Contain the incident.", "2. **CIO**: Restore affected systems.", "3. **Legal**: Assess notification duties."],
            texts);
    }

    [Fact]
    public void Suggestions_are_Submit_buttons_and_feedback_is_Execute_with_the_question_and_answer()
    {
        var actions = Json(AnswerCardRenderer.Render(Full, "who handles incidents?", Organization)!).GetProperty("actions").EnumerateArray().ToList();

        Assert.Equal(["Action.Submit", "Action.Submit", "Action.Execute", "Action.Execute"], actions.Select(a => a.GetProperty("type").GetString()));
        Assert.Equal("Who owns vendor risk?", actions[0].GetProperty("data").GetProperty("question").GetString());
        Assert.Equal("ask", actions[0].GetProperty("data").GetProperty("rolebot").GetString());
        var helpful = actions[2].GetProperty("data");
        Assert.Equal("feedback", actions[2].GetProperty("verb").GetString());
        Assert.True(helpful.GetProperty("helpful").GetBoolean());
        Assert.False(actions[3].GetProperty("data").GetProperty("helpful").GetBoolean());
        Assert.Equal("who handles incidents?", helpful.GetProperty("question").GetString());
        Assert.Equal(Full.Summary, helpful.GetProperty("answer").GetString());
    }

    [Fact]
    public void A_declined_answer_offers_no_feedback_buttons()
    {
        var declined = new Answer { Answered = false, Intent = Intent.Fallback, Summary = "I don't know that one.", Suggestions = ["Who owns patch management?"] };

        var actions = Json(AnswerCardRenderer.Render(declined, "q")!).GetProperty("actions").EnumerateArray().ToList();

        Assert.Equal("Action.Submit", Assert.Single(actions).GetProperty("type").GetString());
    }

    [Fact]
    public void An_answer_too_large_for_Teams_gets_no_card_so_plain_text_is_sent_instead()
    {
        var huge = Full with { Statistics = [.. Enumerable.Range(0, 2000).Select(i => new AnswerStatistic($"{i}%", new string('x', 60), "Some source"))] };

        Assert.Null(AnswerCardRenderer.Render(huge, "q", Organization));
    }

    [Fact]
    public async Task Every_dev_set_answer_as_a_full_reply_activity_stays_under_80_KB()
    {
        await using var services = new ServiceCollection().AddLogging().AddRoleBotCore(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var dialog = services.GetRequiredService<IRoleBotDialog>();
        var questions = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Cards", "dev.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("text").GetString()!)
            .ToList();
        var to = new Activity
        {
            Type = "message", Id = "1", ServiceUrl = "https://smba.trafficmanager.net/amer/", ChannelId = "msteams",
            Conversation = new ConversationAccount { Id = "a:1" }, From = new ChannelAccount { Id = "29:1" }, Recipient = new ChannelAccount { Id = "28:1" },
        };

        var largest = 0;
        foreach (var question in questions)
        {
            var answer = await dialog.AskAsync(new Question(question, "size-" + question, "teams"));
            var card = AnswerCardRenderer.Render(answer, question, Organization);
            Assert.NotNull(card);
            var reply = ActivityReplies.Card(to, card, answer.Summary);
            largest = Math.Max(largest, JsonSerializer.SerializeToUtf8Bytes(reply, ActivityJson.Options).Length);
        }

        Assert.True(questions.Count > 50, "the dev set should exercise many kinds of answer");
        Assert.InRange(largest, 1, TeamsSafeBytes);
    }

    private static List<string> Texts(JsonElement container) =>
        [.. container.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("text").GetString()!)];
}
