using System.Text.Json.Serialization;

namespace RoleBot.Core.Answers;

/// <summary>Who owns a responsibility: one of the two roles, or both together.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RoleOwner>))]
public enum RoleOwner
{
    CIO,
    CISO,
    Shared,
}
