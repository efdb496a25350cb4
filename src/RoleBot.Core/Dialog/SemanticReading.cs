using RoleBot.Core.Semantic;

namespace RoleBot.Core.Dialog;

/// <summary>The votes on one question, and the question as the analyzer read it.</summary>
/// <param name="Match">The vote on the question as asked.</param>
/// <param name="RoleFree">The vote with the roles it names taken out; null when it names none or asks nothing else.</param>
/// <param name="Act">The vote on what it asks with its topic words taken out (<see cref="ActIndex"/>), taken when first
/// needed; null when it names no topic.</param>
internal sealed record SemanticReading(SemanticIndex Index, AnalyzedQuery Query, SemanticMatch Match, SemanticMatch? RoleFree, Lazy<SemanticMatch>? Act);
