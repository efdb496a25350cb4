namespace RoleBot.ScaleOut;

/// <summary>Service keys of the single-instance stores that the Redis ones fall back to.</summary>
internal static class ScaleOutKeys
{
    public const string Local = "local";
}
