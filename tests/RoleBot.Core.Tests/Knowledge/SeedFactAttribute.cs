namespace RoleBot.Core.Tests.Knowledge;

/// <summary>
/// A test that reads the source documents. The documents live beside the repository, not in it (their text must
/// not be copied in), so on a machine without them the test is reported as skipped, with the reason, rather than passing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute()
    {
        if (SeedDocuments.Folder is null)
        {
            Skip = "The source documents (../shared/seeds) are not on this machine.";
        }
    }
}
