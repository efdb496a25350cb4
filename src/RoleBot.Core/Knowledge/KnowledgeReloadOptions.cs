namespace RoleBot.Core.Knowledge;

/// <summary>How a knowledge folder (<c>Knowledge:Path</c>) is watched; the embedded copy never changes, so it is not.</summary>
public sealed class KnowledgeReloadOptions
{
    /// <summary>Watch <c>Knowledge:Path</c> and reload when its files change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>Wait this long after the last change before reloading, so an editor's burst of writes loads once.</summary>
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
