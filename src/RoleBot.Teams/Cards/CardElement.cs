using System.Text.Json.Serialization;

namespace RoleBot.Teams.Cards;

/// <summary>A body element; the JSON <c>type</c> names the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
public abstract record CardElement
{
    public string? Spacing { get; init; }
    public bool? Separator { get; init; }
}
