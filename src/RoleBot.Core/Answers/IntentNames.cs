namespace RoleBot.Core.Answers;

/// <summary>
/// The lower-case name every channel, metric and JSON answer uses for an <see cref="Intent"/>, made once per value:
/// <c>ToString().ToLowerInvariant()</c> allocated two strings for every answer.
/// </summary>
public static class IntentNames
{
    private static readonly string?[] Names = Build();

    public static string Of(Intent intent) =>
        ((uint)intent < (uint)Names.Length ? Names[(int)intent] : null) ?? intent.ToString().ToLowerInvariant();

    private static string?[] Build()
    {
        var values = Enum.GetValues<Intent>();
        var names = new string?[values.Max(v => (int)v) + 1];
        foreach (var value in values)
        {
            names[(int)value] = value.ToString().ToLowerInvariant();
        }

        return names;
    }
}
