using RoleBot.Core.Answers;

namespace RoleBot.Core.Dialog;

/// <summary>
/// What the question's wording says about its intent. <see cref="IsExplicit"/> is false when nothing in
/// the words chose the intent and ownership is only the default; <see cref="IsFollowUp"/> is true for
/// "and …?", "what about …?" and questions that point back with "that" or "they".
/// </summary>
internal sealed record IntentGuess(Intent Intent, bool IsExplicit, bool IsFollowUp, bool IsCareer, bool AsksOwnership)
{
    /// <summary>"can you reset my password?": a request for RoleBot to do something, which it cannot.</summary>
    public bool AsksForAction { get; init; }
}
