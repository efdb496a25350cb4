using System.Text.Json;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;

namespace RoleBot.Cli;

/// <summary>
/// A <see cref="DialogExplanation"/> as one JSON object beside an answer line of <c>ask --jsonl --explain</c>, so the
/// readings behind a whole question set can be counted and compared (which examples to add, where the lexical reading
/// and the vote disagree). Labels are "intent:entry"; a decline's label is "declined".
/// </summary>
internal sealed record ExplanationJson(
    string Reading,
    string Lexical,
    double LexicalConfidence,
    string? Vote,
    double? VoteProbability,
    double? EntryProbability,
    double? Nearest,
    double? OutOfScope,
    double? AskedOutOfScope,
    double? Incident,
    string? RoleFreeVote,
    double? RoleFreeOutOfScope,
    string? ActVote,
    double? ActOutOfScope,
    double? ActNearest)
{
    public static readonly JsonSerializerOptions Options = new(AnswerJson.Options) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static ExplanationJson From(DialogExplanation e) => new(
        e.Reading,
        Label(e.Lexical),
        e.Lexical.Confidence,
        e.Match?.Label,
        Round(e.Match?.Probability),
        Round(e.Match?.LabelProbability),
        Round(e.Match?.Similarity),
        Round(e.Match?.OutOfScopeProbability),
        Round(e.Match?.AskedOutOfScopeProbability),
        Round(e.Match?.IncidentProbability),
        e.RoleFree?.Label,
        Round(e.RoleFree?.OutOfScopeProbability),
        e.Act?.Label,
        Round(e.Act?.OutOfScopeProbability),
        Round(e.Act?.Similarity));

    private static string Label(Answer a) => a.Answered ? $"{IntentNames.Of(a.Intent)}:{a.TopicId}" : "declined";

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;
}
