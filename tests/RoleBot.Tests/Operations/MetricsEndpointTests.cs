using System.Net.Http.Json;
using System.Net;
using System.Text.RegularExpressions;

namespace RoleBot.Tests.Operations;

public sealed partial class MetricsEndpointTests
{
    [Fact]
    public async Task After_questions_the_metrics_endpoint_shows_them_by_channel_intent_and_outcome_with_a_latency_histogram()
    {
        using var host = new OperationsHost();
        using var client = host.CreateClient();

        await OperationsHost.AskAsync(client, "Who owns IT strategy?");
        await OperationsHost.AskAsync(client, "What is the airspeed velocity of an unladen swallow?");
        using var response = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        Assert.Matches(Series("rolebot_questions_total", "channel=\"web\"", "intent=\"ownership\"", "outcome=\"answered\""), text);
        Assert.Matches(Series("rolebot_questions_total", "channel=\"web\"", "intent=\"fallback\"", "outcome=\"declined\""), text);
        // Any finite bucket: under parallel test load the first, cold answer can take longer than 0.1 s.
        Assert.Matches(Series("rolebot_answer_duration_seconds_bucket", "channel=\"web\"", "le=\"1\""), text);
        Assert.Matches(Series("rolebot_answer_duration_seconds_count", "channel=\"web\""), text);
        Assert.Contains("# TYPE rolebot_answer_duration_seconds histogram", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_over_the_limit_gets_a_polite_answer_and_the_refusal_is_counted()
    {
        using var host = new OperationsHost(("RateLimiting:PermitLimit", "2"), ("RateLimiting:Window", "01:00:00"));
        using var client = host.CreateClient();

        var first = await OperationsHost.AskAsync(client, "Who owns IT strategy?", "limited");
        var second = await OperationsHost.AskAsync(client, "Who owns the IT budget?", "limited");
        using var limited = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { text = "Who owns IT strategy?", conversationId = "limited" });
        var third = await limited.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        var metrics = await client.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.False(third.GetProperty("answered").GetBoolean());
        Assert.Contains("You're asking faster than I can answer. Please try again in 3600 seconds.", third.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.True(first.GetProperty("answered").GetBoolean() && second.GetProperty("answered").GetBoolean());
        Assert.Matches(Series("rolebot_requests_refused_total", "channel=\"web\"", "reason=\"rate_limited\""), metrics);
    }

    [Fact]
    public void A_limit_that_would_refuse_everyone_stops_start_up_naming_the_setting()
    {
        using var host = new OperationsHost(("RateLimiting:PermitLimit", "0"));

        var e = Assert.ThrowsAny<Exception>(() => host.CreateClient());

        Assert.Contains("RateLimiting:PermitLimit must be at least 1", e.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A series line with all the given labels (in any order) and a positive value.</summary>
    internal static Regex Series(string name, params string[] labels) =>
        new("^" + Regex.Escape(name) + "\\{" + string.Concat(labels.Select(l => "(?=[^}]*" + Regex.Escape(l) + ")")) + "[^}]*\\} [1-9][0-9.e+]*( [0-9]+)?$", RegexOptions.Multiline);
}
