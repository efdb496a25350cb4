using RoleBot.Core.Answers;

namespace RoleBot.Core.Tests.Eval;

/// <summary>The scoring rules of ../shared/eval/score.py, applied to answers in memory.</summary>
internal static class EvalScorer
{
    /// <summary>Why the answer fails its label, or null when it passes.</summary>
    public static string? Check(LabelledQuestion label, AnswerJson answer)
    {
        if (string.IsNullOrWhiteSpace(answer.Text))
        {
            return "empty text";
        }

        switch (label.Kind)
        {
            case "out_of_scope":
                return answer.Answered ? "answered an out-of-scope question" : answer.Owner is not null ? $"named owner {answer.Owner}" : null;
            case "help":
                return answer.Owner is null ? null : $"named owner {answer.Owner} for small talk";
        }

        if (!answer.Answered)
        {
            return "did not answer";
        }

        if (label.Owner is { Length: > 0 } owners && !owners.Contains(answer.Owner))
        {
            return $"owner {answer.Owner ?? "null"}, expected {string.Join('/', owners)}";
        }

        foreach (var term in label.Must ?? [])
        {
            if (!term.Split('|').Any(alternative => answer.Text.Contains(alternative, StringComparison.OrdinalIgnoreCase)))
            {
                return $"text lacks '{term}'";
            }
        }

        return label.Kind == "escalation" && answer.Escalation.Count == 0 ? "no escalation guidance" : null;
    }
}
