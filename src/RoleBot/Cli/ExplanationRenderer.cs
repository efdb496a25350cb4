using System.Globalization;
using System.Text;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Cli;

/// <summary>Prints a <see cref="DialogExplanation"/> as a few aligned lines for a terminal.</summary>
internal static class ExplanationRenderer
{
    public static string Render(DialogExplanation e)
    {
        var text = new StringBuilder();
        Line(text, "read as", e.Reading);
        Line(text, "lexical", Describe(e.Lexical));
        if (e.Match is { } m)
        {
            Line(text, "vote", FormattableString.Invariant(
                $"{m.Label} p={m.Probability:0.00} entry={m.LabelProbability:0.00} nearest={m.Similarity:0.00} out-of-scope={m.OutOfScopeProbability:0.00} asked={m.AskedOutOfScopeProbability:0.00} incident={m.IncidentProbability:0.00}"));
            foreach (var n in m.Neighbours)
            {
                Line(text, n.Similarity.ToString("0.00", CultureInfo.InvariantCulture), $"{n.Example.Label}  {n.Example.Text}");
            }
        }
        else
        {
            Line(text, "vote", "(sentence model off or unavailable)");
        }

        if (e.RoleFree is { } r)
        {
            Line(text, "no role", FormattableString.Invariant(
                $"{r.Label} p={r.Probability:0.00} nearest={r.Similarity:0.00} out-of-scope={r.OutOfScopeProbability:0.00}  ({r.Neighbours.FirstOrDefault()?.Example.Text})"));
        }

        if (e.Act is { } a)
        {
            Line(text, "no topic", FormattableString.Invariant(
                $"{a.Label} p={a.Probability:0.00} nearest={a.Similarity:0.00} out-of-scope={a.OutOfScopeProbability:0.00}  ({a.Neighbours.FirstOrDefault()?.Example.Text})"));
        }

        Line(text, "answer", Describe(e.Final));
        return text.ToString();
    }

    private static string Describe(Answer a) =>
        a.Answered
            ? FormattableString.Invariant($"{a.Intent}:{a.TopicId} owner={a.Owner?.ToString() ?? "-"} confidence={a.Confidence:0.00}")
            : FormattableString.Invariant($"declined confidence={a.Confidence:0.00}");

    private static void Line(StringBuilder text, string label, string value) => text.Append(label.PadLeft(8)).Append("  ").AppendLine(value);
}
