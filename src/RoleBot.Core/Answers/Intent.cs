using System.Text.Json.Serialization;

namespace RoleBot.Core.Answers;

/// <summary>What the person asked for; decides which parts of the answer are filled.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Intent>))]
public enum Intent
{
    Ownership,
    Statistic,
    Escalation,
    Comparison,
    Role,
    Reporting,
    Help,
    Fallback,
}
