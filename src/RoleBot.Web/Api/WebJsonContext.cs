using System.Text.Json.Serialization;

namespace RoleBot.Web.Api;

/// <summary>Source-generated serialisation for the web API's own shapes (answers use <c>AnswerJson.Options</c>, shared with the CLI).</summary>
[JsonSerializable(typeof(ApiError))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
