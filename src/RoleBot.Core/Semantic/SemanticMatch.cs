namespace RoleBot.Core.Semantic;

/// <summary>
/// What the example questions nearest in meaning say about a question: the label they vote for (the intent most of
/// their weight falls on, then the entry most of that intent's weight falls on), the intent's share of the weight, how close the nearest one is, and how much of the weight is on incidents and on questions
/// RoleBot must decline.
/// </summary>
/// <param name="IncidentLabel">The incident label most of the weight on incidents falls on, when any does.</param>
/// <param name="LabelProbability">The share of the weight on <paramref name="Label"/> itself: low when the neighbours agree on the intent but not on the entry.</param>
public sealed record SemanticMatch(string Label, double Probability, double Similarity, double IncidentProbability, double OutOfScopeProbability, string? IncidentLabel = null, double LabelProbability = 0)
{
    /// <summary>The neighbours that voted, nearest first.</summary>
    public IReadOnlyList<Neighbour> Neighbours { get; init; } = [];

    /// <summary>The <see cref="SemanticOptions.DenialNeighbours"/> nearest examples, those that voted among them, nearest first.</summary>
    public IReadOnlyList<Neighbour> Wider { get; init; } = [];

    /// <summary>
    /// The share of the weight on questions RoleBot must decline among the nearest asked questions alone, names and
    /// aliases left out: "how do I set up multi-factor authentication?" is nearest the alias "multi-factor
    /// authentication", which says what the topic is but not that a how-to about it is declined.
    /// </summary>
    public double AskedOutOfScopeProbability { get; init; }

    public bool IsOutOfScope => Label == ExampleQuestion.OutOfScope;
    public bool IsHelp => Label == ExampleQuestion.Help;
}
