using System.Net;
using System.Text;
using RoleBot.Web.Tests.Support;

namespace RoleBot.Web.Tests.Api;

/// <summary>The 64 KB limit on a real socket, where Kestrel itself reads the chunks.</summary>
public sealed class KestrelBodyLimitTests(KestrelWebChatFactory roleBot) : IClassFixture<KestrelWebChatFactory>
{
    [Theory]
    [InlineData("/api/ask")]
    [InlineData("/api/feedback")]
    public async Task A_chunked_body_over_64_KB_gets_413_from_the_real_server(string path)
    {
        using var client = new HttpClient { BaseAddress = roleBot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = ApiClient.Unsized(Encoding.UTF8.GetBytes(AskApiTests.Body(200 * 1024))),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("64 KB", (string?)(await ApiClient.ReadObjectAsync(response))["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_question_under_the_limit_is_answered_by_the_real_server()
    {
        using var client = new HttpClient { BaseAddress = roleBot.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, ApiClient.Ask)
        {
            Content = ApiClient.Unsized(Encoding.UTF8.GetBytes(AskApiTests.Body(60 * 1024))),
        };
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CIO", (string?)(await ApiClient.ReadObjectAsync(response))["owner"]);
    }
}
