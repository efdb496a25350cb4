using System.Net;
using RoleBot.Core.Learning;
using RoleBot.Web.Tests.Support;

namespace RoleBot.Web.Tests.Api;

public sealed class FeedbackApiTests(WebChatFactory factory) : IClassFixture<WebChatFactory>
{
    [Fact]
    public async Task Helpful_and_not_helpful_clicks_are_recorded_for_the_web_channel()
    {
        using var client = factory.CreateClient();

        using var helpful = await client.PostJsonAsync(ApiClient.Feedback, """{"question":"Who owns the IT budget?","answer":"The CIO owns this.","helpful":true}""");
        using var notHelpful = await client.PostJsonAsync(ApiClient.Feedback, """{"question":"Who owns badge access?","helpful":false}""");

        Assert.Equal(HttpStatusCode.NoContent, helpful.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, notHelpful.StatusCode);
        var recorded = factory.Feedback.Entries.Select(e => e with { UserId = null }).ToArray();
        Assert.Contains(new FeedbackEntry("web", "Who owns the IT budget?", "The CIO owns this.", true), recorded);
        Assert.Contains(new FeedbackEntry("web", "Who owns badge access?", null, false), recorded);
        Assert.All(factory.Feedback.Entries, e => Assert.StartsWith("visitor-", e.UserId, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{")]
    [InlineData("{\"helpful\":true}")]
    [InlineData("{\"question\":\"  \",\"helpful\":true}")]
    [InlineData("{\"question\":\"Who owns the IT budget?\"}")]
    [InlineData("{\"question\":\"Who owns the IT budget?\",\"helpful\":\"yes\"}")]
    [InlineData("{\"question\":\"Who owns the IT budget?\",\"helpful\":true,\"answer\":5}")]
    public async Task Bad_feedback_gets_400_and_records_nothing(string body)
    {
        using var client = factory.CreateClient();
        var before = factory.Feedback.Entries.Count;

        using var response = await client.PostJsonAsync(ApiClient.Feedback, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ApiClient.ReadObjectAsync(response))["error"]);
        Assert.Equal(before, factory.Feedback.Entries.Count);
    }

    [Fact]
    public async Task Feedback_over_64_KB_gets_413()
    {
        using var client = factory.CreateClient();

        using var response = await client.PostJsonAsync(ApiClient.Feedback, $$"""{"question":"q","helpful":true,"answer":"{{new string('a', 70_000)}}"}""");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
