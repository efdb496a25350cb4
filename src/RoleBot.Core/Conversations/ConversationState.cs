using RoleBot.Core.Answers;

namespace RoleBot.Core.Conversations;

/// <summary>What a follow-up ("and vendor risk?", "any stats on that?", "what about for the CISO?") needs from the previous turn.</summary>
/// <param name="Terms">The stems of what the previous question was about, so "and who checks they're secure?" keeps its subject.</param>
public sealed record ConversationState(Intent Intent, string? TopicId, RoleOwner? Role, IReadOnlyList<string>? Terms = null);
