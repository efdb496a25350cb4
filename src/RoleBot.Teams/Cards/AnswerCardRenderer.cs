using System.Text;
using System.Text.Json;
using RoleBot.Core.Answers;
using RoleBot.Core.Organization;
using RoleBot.Teams.Activities;

namespace RoleBot.Teams.Cards;

/// <summary>
/// Renders an <see cref="Answer"/> as an Adaptive Card 1.5: the owner as a header, the summary, lead and
/// support as a FactSet, figures with their sources (figures that disagree side by side), numbered escalation
/// steps, suggestion and feedback buttons, and the plain-text answer as fallback. People from the organisation
/// directory with a Teams UPN or Entra object id become Teams mentions.
/// </summary>
public static class AnswerCardRenderer
{
    /// <summary>Teams refuses messages over 100 KB; a card stays under this so the whole activity stays under 80 KB.</summary>
    public const int MaxCardBytes = 76 * 1024;
    public const string FeedbackVerb = "feedback";
    private const int MaxSuggestions = 3;
    private const int MaxActionTitle = 80;
    private const int MaxQuestionInData = 500;
    private const int MaxAnswerInData = 300;

    /// <summary>The card, or null when it would be too large for Teams (send the plain text instead).</summary>
    public static AdaptiveCard? Render(Answer answer, string question, OrganizationOptions? organization = null)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var mentions = new MentionBook();
        var body = new List<CardElement>();
        if (answer.Note is not null)
        {
            body.Add(new TextBlock(answer.Note) { IsSubtle = true, Size = "Small" });
        }

        AddHeader(body, answer);
        body.Add(new TextBlock(answer.Summary));
        AddOwners(body, answer, organization, mentions);
        AddStatistics(body, answer.Statistics);
        AddEscalation(body, answer.Escalation, mentions);
        if (answer.Sources.Count > 0)
        {
            body.Add(new TextBlock("Sources: " + string.Join("; ", answer.Sources)) { IsSubtle = true, Size = "Small", Separator = true });
        }

        var card = new AdaptiveCard
        {
            FallbackText = PlainTextRenderer.Render(answer),
            Body = body,
            Actions = Actions(answer, question),
            MsTeams = new TeamsCardProperties { Width = "Full", Entities = mentions.Count > 0 ? mentions.ToList() : null },
        };
        return SizeOf(card) <= MaxCardBytes ? card : null;
    }

    /// <summary>The card's size on the wire, in UTF-8 bytes.</summary>
    public static int SizeOf(AdaptiveCard card) => JsonSerializer.SerializeToUtf8Bytes(card, ActivityJson.Options).Length;

    private static void AddHeader(List<CardElement> body, Answer answer)
    {
        if (answer.Owner is { } owner && answer.Intent is not Intent.Role)
        {
            body.Add(new TextBlock("Owner: " + PlainTextRenderer.OwnerLabel(owner, answer.Lead, answer.Support))
            {
                Style = "heading", Size = "Large", Weight = "Bolder",
            });
            if (answer.Title.Length > 0)
            {
                body.Add(new TextBlock(answer.Title) { IsSubtle = true, Spacing = "None" });
            }
        }
        else if (answer.Title.Length > 0)
        {
            body.Add(new TextBlock(answer.Title) { Style = "heading", Size = "Large", Weight = "Bolder" });
        }
    }

    private static void AddOwners(List<CardElement> body, Answer answer, OrganizationOptions? organization, MentionBook mentions)
    {
        var facts = new List<Fact>();
        if (answer.Lead.Count > 0)
        {
            facts.Add(new Fact("Leads", Roles(answer.Lead, organization, mentions)));
        }

        if (answer.Support.Count > 0)
        {
            facts.Add(new Fact("Supports", Roles(answer.Support, organization, mentions)));
        }

        if (facts.Count > 0)
        {
            body.Add(new FactSet(facts));
        }
    }

    private static string Roles(IReadOnlyList<string> roles, OrganizationOptions? organization, MentionBook mentions) =>
        string.Join(", ", roles.Select(role => organization?.Find(role) is { } person ? $"{role} ({mentions.Name(person)})" : role));

    private static void AddStatistics(List<CardElement> body, IReadOnlyList<AnswerStatistic> statistics)
    {
        if (statistics.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock("Figures") { Weight = "Bolder", Separator = true });
        var shown = new HashSet<AnswerStatistic>();
        foreach (var statistic in statistics)
        {
            if (!shown.Add(statistic))
            {
                continue;
            }

            var conflicting = statistic.ConflictSet is null
                ? []
                : statistics.Where(s => s.ConflictSet == statistic.ConflictSet).ToList();
            if (conflicting.Count > 1)
            {
                shown.UnionWith(conflicting);
                body.Add(new TextBlock("Sources disagree on this figure:") { IsSubtle = true, Size = "Small" });
                body.Add(new ColumnSet(conflicting.Select(Figure).ToList()));
            }
            else
            {
                body.Add(new Container(
                [
                    new TextBlock($"**{statistic.Value}** — {statistic.Claim}"),
                    new TextBlock(statistic.Source) { IsSubtle = true, Size = "Small", Spacing = "None" },
                ]));
            }
        }
    }

    private static Column Figure(AnswerStatistic statistic) => new(
    [
        new TextBlock(statistic.Value) { Size = "ExtraLarge", Weight = "Bolder" },
        new TextBlock(statistic.Claim) { Size = "Small", Spacing = "None" },
        new TextBlock(statistic.Source) { IsSubtle = true, Size = "Small", Spacing = "None" },
    ]);

    private static void AddEscalation(List<CardElement> body, IReadOnlyList<EscalationStep> steps, MentionBook mentions)
    {
        if (steps.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock("Escalation, in order") { Weight = "Bolder", Separator = true });
        foreach (var step in steps.OrderBy(s => s.Order))
        {
            var who = new StringBuilder("**").Append(step.Role).Append("**");
            if (step.Contact is { } person && !string.IsNullOrWhiteSpace(person.Name))
            {
                who.Append(" (").Append(mentions.Name(person));
                if (!string.IsNullOrWhiteSpace(person.OnCall))
                {
                    who.Append(", on-call ").Append(person.OnCall);
                }

                who.Append(')');
            }

            body.Add(new TextBlock($"{step.Order}. {who}: {step.Action}") { Spacing = "Small" });
        }
    }

    private static List<CardAction>? Actions(Answer answer, string question)
    {
        var actions = new List<CardAction>();
        foreach (var suggestion in answer.Suggestions.Where(s => !string.IsNullOrWhiteSpace(s)).Take(MaxSuggestions))
        {
            actions.Add(new SubmitAction(Shorten(suggestion), CardActionData.AskFor(suggestion)));
        }

        if (answer.Answered && answer.Intent is not (Intent.Help or Intent.Fallback))
        {
            actions.Add(new ExecuteAction("Helpful", FeedbackVerb, Feedback(answer, question, helpful: true)));
            actions.Add(new ExecuteAction("Not helpful", FeedbackVerb, Feedback(answer, question, helpful: false)));
        }

        return actions.Count > 0 ? actions : null;
    }

    /// <summary>The rated question and answer travel in the button, so feedback needs no server-side memory of the card.</summary>
    private static CardActionData Feedback(Answer answer, string question, bool helpful) => new()
    {
        Action = CardActionData.Feedback,
        Helpful = helpful,
        Question = Clip(question, MaxQuestionInData),
        Answer = Clip(answer.Summary, MaxAnswerInData),
        Topic = answer.TopicId,
        Intent = IntentNames.Of(answer.Intent),
    };

    private static string Shorten(string text) => Clip(text, MaxActionTitle);

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
