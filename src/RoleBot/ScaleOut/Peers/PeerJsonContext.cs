using System.Text.Json.Serialization;

namespace RoleBot.ScaleOut.Peers;

/// <summary>Source-generated serialisation for the claims instances send each other.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(PeerClaim))]
[JsonSerializable(typeof(PeerClaimResult))]
internal sealed partial class PeerJsonContext : JsonSerializerContext;
