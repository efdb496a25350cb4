using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using RoleBot.Web.Tests.Support;

namespace RoleBot.Web.Tests.Page;

public sealed partial class ChatPageTests(WebChatFactory factory) : IClassFixture<WebChatFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/?q=Who%20owns%20the%20IT%20budget%3F")]
    public async Task The_page_is_served_as_html_that_keeps_to_its_own_origin(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("<label for=\"question\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_file_the_page_links_is_served_with_its_content_type()
    {
        using var client = factory.CreateClient();
        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));
        var expected = new Dictionary<string, string>
        {
            ["/web/chat.js"] = "text/javascript",
            ["/web/chat.css"] = "text/css",
            ["/web/icon.svg"] = "image/svg+xml",
        };

        var linked = LinkedFiles().Matches(html).Select(m => m.Groups["url"].Value).Distinct().ToArray();

        Assert.Equal(expected.Keys.Order(), linked.Order());
        foreach (var (path, mediaType) in expected)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        }
    }

    [Fact]
    public async Task Nothing_on_the_page_or_in_its_files_points_outside_RoleBot()
    {
        using var client = factory.CreateClient();

        foreach (var path in new[] { "/", "/web/chat.js", "/web/chat.css", "/web/icon.svg" })
        {
            var text = await client.GetStringAsync(new Uri(path, UriKind.Relative));
            // The SVG namespace is an identifier, never fetched.
            var external = ExternalUrl().Matches(text.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal));
            Assert.True(external.Count == 0, $"{path} points outside RoleBot: {string.Join(", ", external.Select(m => m.Value))}");
        }
    }

    [Fact]
    public async Task The_script_puts_answer_text_into_the_page_only_as_text()
    {
        using var client = factory.CreateClient();

        var script = await client.GetStringAsync(new Uri("/web/chat.js", UriKind.Relative));

        Assert.Contains("textContent", script, StringComparison.Ordinal);
        Assert.DoesNotMatch(HtmlSinks(), script);
    }

    [Fact]
    public async Task An_unchanged_file_is_revalidated_with_304()
    {
        using var client = factory.CreateClient();
        using var first = await client.GetAsync(new Uri("/web/chat.css", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, new Uri("/web/chat.css", UriKind.Relative));
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        using var response = await client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, response.StatusCode);
        Assert.Equal(CacheControlHeaderValue.Parse("no-cache"), first.Headers.CacheControl);
    }

    [Theory]
    [InlineData("/web/missing.js")]
    [InlineData("/web/index.html")]
    [InlineData("/web/..%2Fknowledge%2Froles.yml")]
    public async Task Anything_but_the_page_files_is_not_found(string path)
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [GeneratedRegex(@"(?:src|href)=""(?<url>[^""#]+)""")]
    private static partial Regex LinkedFiles();

    [GeneratedRegex("""(?:https?:)?//[a-z0-9.-]+\.[a-z]{2,}|@import|url\(\s*['"]?(?:https?:|//)""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex(@"innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function")]
    private static partial Regex HtmlSinks();
}
