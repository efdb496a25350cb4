using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
namespace RoleBot.Tests.Operations;

public sealed class CorrelationIdTests
{
    [Fact]
    public async Task A_callers_correlation_id_is_echoed_and_carried_by_every_log_line_of_the_request()
    {
        using var host = new OperationsHost();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/ask", UriKind.Relative)) { Content = JsonContent.Create(new { text = "Who owns IT strategy?" }) };
        request.Headers.Add("X-Correlation-ID", "ticket-4711.a");

        using var response = await client.SendAsync(request);

        Assert.Equal("ticket-4711.a", Assert.Single(response.Headers.GetValues("X-Correlation-ID")));
        var endpointLines = host.Logs.Entries.Where(e => e.Category.StartsWith("Microsoft.AspNetCore.Routing", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(endpointLines);
        Assert.All(endpointLines, e => Assert.Equal("ticket-4711.a", e.Scope["CorrelationId"]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("an id far too long to be a correlation id an id far too long to be a correlation id an id far too long to be a correlation id!")]
    public async Task Without_a_safe_id_from_the_caller_the_request_gets_its_own(string? given)
    {
        using var host = new OperationsHost();
        using var client = host.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/healthz", UriKind.Relative));
        if (given is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Correlation-ID", given);
        }

        using var first = await client.SendAsync(request);
        using var second = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        var id = Assert.Single(first.Headers.GetValues("X-Correlation-ID"));
        Assert.NotEqual(given, id);
        Assert.Matches("^[A-Za-z0-9:._-]+$", id);
        Assert.NotEqual(id, Assert.Single(second.Headers.GetValues("X-Correlation-ID")));
    }

    [Fact]
    public async Task What_users_type_never_reaches_the_logs_at_information_level_or_above()
    {
        const string Marker = "zebra-crossing-4242";
        using var host = new OperationsHost();
        using var client = host.CreateClient();

        await OperationsHost.AskAsync(client, $"Who owns the {Marker} project?", "private");
        await OperationsHost.AskAsync(client, $"and {Marker}?", "private");

        Assert.Contains(host.Logs.Entries, e => e.Level >= LogLevel.Information);
        Assert.DoesNotContain(host.Logs.Entries, e => e.Level >= LogLevel.Information
            && (e.Message.Contains(Marker, StringComparison.Ordinal) || e.State.Contains(Marker, StringComparison.Ordinal)
                || e.Scope.Values.Any(v => v.Contains(Marker, StringComparison.Ordinal))));
    }
}
