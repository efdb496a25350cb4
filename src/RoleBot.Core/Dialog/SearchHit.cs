namespace RoleBot.Core.Dialog;

/// <summary>
/// One ranked document. <see cref="Coverage"/> is the share (weighted by rarity) of the question's specific
/// words that this document contains: a high score with low coverage means the question is about something else.
/// </summary>
internal readonly record struct SearchHit<T>(T Item, double Score, double Coverage, int Position);
