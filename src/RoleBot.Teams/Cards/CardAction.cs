using System.Text.Json.Serialization;

namespace RoleBot.Teams.Cards;

/// <summary>A card button; the JSON <c>type</c> names the derived record.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
public abstract record CardAction(string Title);
