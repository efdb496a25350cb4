using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace RoleBot.Web.Tests.Support;

/// <summary>Small helpers for posting raw JSON bodies and reading JSON answers.</summary>
public static class ApiClient
{
    public static readonly Uri Ask = new("/api/ask", UriKind.Relative);
    public static readonly Uri Feedback = new("/api/feedback", UriKind.Relative);

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, Uri path, string body) =>
        client.PostAsync(path, new StringContent(body, Encoding.UTF8, "application/json"));

    public static async Task<JsonObject> AskAsync(this HttpClient client, string text, string? conversationId = null)
    {
        var body = new JsonObject { ["text"] = text };
        if (conversationId is not null)
        {
            body["conversationId"] = conversationId;
        }

        using var response = await client.PostJsonAsync(Ask, body.ToJsonString());
        response.EnsureSuccessStatusCode();
        return await ReadObjectAsync(response);
    }

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return Assert.IsType<JsonObject>(JsonNode.Parse(await response.Content.ReadAsStringAsync()));
    }

    /// <summary>A body whose length the client does not declare, so it goes out chunked.</summary>
    public static HttpContent Unsized(byte[] body)
    {
        var content = new StreamContent(new UnseekableStream(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private sealed class UnseekableStream(byte[] body) : MemoryStream(body)
    {
        public override bool CanSeek => false;
    }
}
