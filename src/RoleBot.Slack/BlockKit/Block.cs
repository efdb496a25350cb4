using System.Text.Json.Serialization;

namespace RoleBot.Slack.BlockKit;

/// <summary>A Block Kit layout block; <c>type</c> is written from the derived type.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(HeaderBlock), "header")]
[JsonDerivedType(typeof(SectionBlock), "section")]
[JsonDerivedType(typeof(ContextBlock), "context")]
[JsonDerivedType(typeof(ActionsBlock), "actions")]
[JsonDerivedType(typeof(DividerBlock), "divider")]
internal abstract record Block
{
    /// <summary>At most 255 characters; Slack adds one when it is missing.</summary>
    public string? BlockId { get; init; }
}
