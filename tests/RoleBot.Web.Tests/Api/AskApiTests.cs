using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using RoleBot.Core.Answers;
using RoleBot.Core.Dialog;
using RoleBot.Web.Tests.Support;

namespace RoleBot.Web.Tests.Api;

public sealed class AskApiTests(WebChatFactory factory) : IClassFixture<WebChatFactory>
{
    private const int Limit = 64 * 1024;

    [Fact]
    public async Task An_answer_carries_the_same_json_as_the_cli_prints()
    {
        using var client = factory.CreateClient();
        var dialog = factory.Services.GetRequiredService<IRoleBotDialog>();
        var cli = AnswerJson.From(await dialog.AskAsync(new Question("Who leads incident response?", "", "cli"))).ToJson();

        using var response = await client.PostJsonAsync(ApiClient.Ask, """{"text":"Who leads incident response?"}""");
        var web = await ApiClient.ReadObjectAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli), web), web.ToJsonString());
        Assert.Equal("CISO", (string?)web["owner"]);
        Assert.NotEmpty(web["statistics"]!.AsArray());
    }

    [Fact]
    public async Task A_follow_up_in_the_same_conversation_keeps_its_context()
    {
        using var client = factory.CreateClient();
        await client.AskAsync("Who leads incident response?", "tab-1");

        var followUp = await client.AskAsync("any stats on that?", "tab-1");
        var elsewhere = await client.AskAsync("any stats on that?", "tab-2");

        Assert.Equal("statistic", (string?)followUp["intent"]);
        Assert.Contains(followUp["statistics"]!.AsArray(), s => (string?)s!["value"] == "80%");
        Assert.False((bool)elsewhere["answered"]!);
    }

    [Fact]
    public async Task A_visitor_over_the_rate_limit_gets_429_with_retry_after_and_the_polite_answer_whatever_conversation_ids_it_sends()
    {
        using var limited = factory.WithWebHostBuilder(b => b.UseSetting("RateLimiting:PermitLimit", "2"));
        using var client = limited.CreateClient();
        await client.AskAsync("Who owns the IT budget?", "a");
        await client.AskAsync("Who owns the IT budget?", "b");

        using var response = await client.PostJsonAsync(ApiClient.Ask, """{"text":"Who owns the IT budget?","conversationId":"c"}""");
        var third = await ApiClient.ReadObjectAsync(response);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, response.Headers.RetryAfter?.ToString());
        Assert.False((bool)third["answered"]!);
        Assert.Contains("try again", (string?)third["summary"], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_request_id_comes_back_as_the_answer_id()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync(ApiClient.Ask, """{"id":"q-17","text":"Who owns the IT budget?"}""");

        Assert.Equal("q-17", (string?)(await ApiClient.ReadObjectAsync(response))["id"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{")]
    [InlineData("who owns patching?")]
    [InlineData("[\"who owns patching?\"]")]
    [InlineData("{}")]
    [InlineData("{\"question\":\"who owns patching?\"}")]
    [InlineData("{\"text\":42}")]
    [InlineData("{\"text\":null}")]
    [InlineData("{\"text\":\"   \"}")]
    [InlineData("{\"text\":\"who owns patching?\",\"conversationId\":7}")]
    [InlineData("{\"text\":\"who owns patching?\",\"conversationId\":\"\"}")]
    public async Task A_malformed_or_incomplete_body_gets_400_with_a_json_error(string body)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync(ApiClient.Ask, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace((string?)(await ApiClient.ReadObjectAsync(response))["error"]));
    }

    [Theory]
    [InlineData("/api/ask")]
    [InlineData("/api/feedback")]
    public async Task Text_that_is_not_valid_utf8_gets_400(string path)
    {
        using var client = factory.CreateClient();
        byte[] bad = [0xC3, 0x28];
        byte[] body = [.. "{\"text\":\""u8, .. bad, .. "\",\"question\":\""u8, .. bad, .. "\",\"helpful\":true}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/ask")]
    [InlineData("/api/feedback")]
    public async Task Invalid_utf8_in_a_field_roleBot_does_not_read_gets_400(string path)
    {
        using var client = factory.CreateClient();
        byte[] body = [.. "{\"text\":\"Who owns patching?\",\"question\":\"Who owns patching?\",\"helpful\":true,\"zz\":\""u8, 0xFF, .. "\"}"u8];
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"q\\u0000<script>\"")]
    public async Task An_id_that_is_empty_or_has_control_characters_gets_400_instead_of_being_echoed(string id)
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync(ApiClient.Ask, $$"""{"id":{{id}},"text":"Who owns the IT budget?"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_conversation_id_longer_than_128_characters_gets_400()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync(ApiClient.Ask, $$"""{"text":"hi","conversationId":"{{new string('c', 129)}}"}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_body_not_sent_as_json_gets_415()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(ApiClient.Ask, new StringContent("""{"text":"Who owns the IT budget?"}""", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.NotNull((await ApiClient.ReadObjectAsync(response))["error"]);
    }

    [Fact]
    public async Task A_body_over_64_KB_gets_413()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync(ApiClient.Ask, Body(Limit + 1));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("64 KB", (string?)(await ApiClient.ReadObjectAsync(response))["error"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_64_KB_without_a_declared_length_gets_413()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(ApiClient.Ask, ApiClient.Unsized(Encoding.UTF8.GetBytes(Body(Limit + 1))));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_body_of_exactly_64_KB_is_answered()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostAsync(ApiClient.Ask, ApiClient.Unsized(Encoding.UTF8.GetBytes(Body(Limit))));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("CIO", (string?)(await ApiClient.ReadObjectAsync(response))["owner"]);
    }

    /// <summary>A valid question padded with trailing whitespace to exactly <paramref name="bytes"/> bytes.</summary>
    internal static string Body(int bytes)
    {
        var json = JsonSerializer.Serialize(new { text = "Who owns the IT budget?" });
        return json + new string(' ', bytes - json.Length);
    }
}
