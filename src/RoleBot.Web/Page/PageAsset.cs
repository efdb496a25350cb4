using Microsoft.Net.Http.Headers;

namespace RoleBot.Web.Page;

/// <summary>One file of the chat page, held in memory with its content type and a content-hash ETag.</summary>
internal sealed record PageAsset(string Name, byte[] Content, string ContentType, EntityTagHeaderValue ETag);
