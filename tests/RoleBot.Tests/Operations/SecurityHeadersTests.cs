using System.Net.Http.Json;

namespace RoleBot.Tests.Operations;

public sealed class SecurityHeadersTests
{
    [Theory]
    [InlineData("GET", "/healthz")]
    [InlineData("GET", "/readyz")]
    [InlineData("GET", "/")]
    [InlineData("GET", "/no-such-page")]
    [InlineData("POST", "/api/ask")]
    [InlineData("POST", "/api/messages")]
    public async Task Every_response_forbids_sniffing_framing_and_referrers(string method, string path)
    {
        using var host = new OperationsHost();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative));
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new { text = "Who owns IT strategy?" });
        }

        using var response = await client.SendAsync(request);

        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }
}
