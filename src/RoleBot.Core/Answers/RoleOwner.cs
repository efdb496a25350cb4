using System.Text.Json;
using System.Text.Json.Serialization;

namespace RoleBot.Core.Answers;

/// <summary>
/// Who owns a responsibility: a role of <c>knowledge/roles.yml</c> by its id ("CIO", "CISO", or whatever roles an
/// organisation adds), or <see cref="Shared"/> when several roles own it together. Written as the plain id in JSON.
/// </summary>
[JsonConverter(typeof(RoleOwnerJsonConverter))]
public readonly record struct RoleOwner
{
    public const string SharedId = "Shared";

    public RoleOwner(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    public string Id { get; }

    public static RoleOwner Shared { get; } = new(SharedId);

    public bool IsShared => Id == SharedId;

    public override string ToString() => Id;

    private sealed class RoleOwnerJsonConverter : JsonConverter<RoleOwner>
    {
        public override RoleOwner Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.GetString() is { Length: > 0 } id ? new RoleOwner(id) : throw new JsonException("a role owner must be a non-empty string");

        public override void Write(Utf8JsonWriter writer, RoleOwner value, JsonSerializerOptions options) => writer.WriteStringValue(value.Id);
    }
}
