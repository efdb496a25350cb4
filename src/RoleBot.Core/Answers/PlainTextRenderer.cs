using System.Text;

namespace RoleBot.Core.Answers;

/// <summary>The whole answer as a person reads it in a terminal or a plain-text chat message.</summary>
public static class PlainTextRenderer
{
    public static string Render(Answer answer)
    {
        var text = new StringBuilder(1024);
        if (answer.Note is not null)
        {
            text.Append("(Note: ").Append(answer.Note).AppendLine(")");
        }

        if (answer.Owner is { } owner && answer.Intent is not Intent.Role)
        {
            text.Append("Owner: ").Append(OwnerLabel(owner, answer.Lead, answer.Support));
            if (answer.Title.Length > 0)
            {
                text.Append(" | ").Append(answer.Title);
            }

            text.AppendLine();
        }
        else if (answer.Title.Length > 0)
        {
            text.AppendLine(answer.Title);
        }

        text.AppendLine(answer.Summary);
        if (answer.Statistics.Count > 0)
        {
            text.AppendLine().AppendLine("Figures:");
            foreach (var statistic in answer.Statistics)
            {
                text.Append("  - ").Append(statistic.Claim).Append(" [").Append(statistic.Source).AppendLine("]");
            }
        }

        if (answer.Escalation.Count > 0)
        {
            text.AppendLine().AppendLine("Escalation, in order:");
            foreach (var step in answer.Escalation)
            {
                text.Append("  ").Append(step.Order).Append(". ").AppendLine(StepText(step));
            }
        }

        if (answer.Sources.Count > 0)
        {
            text.AppendLine().Append("Sources: ").AppendLine(string.Join("; ", answer.Sources));
        }

        if (answer.Suggestions.Count > 0)
        {
            text.AppendLine().Append(answer.Answered ? "You could also ask: " : "Try: ").AppendLine(string.Join(" | ", answer.Suggestions));
        }

        // Trimmed in the builder: string.TrimEnd would copy the whole answer a second time.
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return text.ToString(0, end);
    }

    /// <summary>"CISO (leads; CIO supports)" or "Shared (CIO and CISO)".</summary>
    public static string OwnerLabel(RoleOwner owner, IReadOnlyList<string> lead, IReadOnlyList<string> support)
    {
        if (owner.IsShared)
        {
            var sharing = string.Join(" and ", lead.Concat(support).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            return lead.Count == 1 ? $"Shared ({sharing}; {lead[0]} leads)" : $"Shared ({sharing})";
        }

        return support.Count > 0 ? $"{owner} (leads; {string.Join(", ", support)} supports)" : owner.ToString();
    }

    /// <summary>"CISO (Dana Reyes, on-call #sec-incidents): contain the attack."</summary>
    public static string StepText(EscalationStep step)
    {
        var who = step.Contact is { } person
            ? $"{step.Role} ({person.Name}{(string.IsNullOrWhiteSpace(person.OnCall) ? "" : ", on-call " + person.OnCall)})"
            : step.Role;
        return $"{who}: {step.Action}";
    }
}
