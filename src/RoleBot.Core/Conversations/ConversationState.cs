using RoleBot.Core.Answers;

namespace RoleBot.Core.Conversations;

/// <summary>What a follow-up ("and vendor risk?", "any stats on that?") needs from the previous turn.</summary>
public sealed record ConversationState(Intent Intent, string? TopicId, RoleOwner? Role);
