using System.Text;

namespace RoleBot.Core.Learning;

/// <summary>Groups the same question asked with different case, spacing or closing punctuation.</summary>
public static class QuestionKey
{
    public static string Normalize(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var builder = new StringBuilder(question.Length);
        var pendingSpace = false;
        foreach (var c in question.Trim().TrimEnd('?', '!', '.', ' ', '\t'))
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
