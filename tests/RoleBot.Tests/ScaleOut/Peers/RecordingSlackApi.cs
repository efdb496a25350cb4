using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace RoleBot.Tests.ScaleOut.Peers;

/// <summary>Stands in for slack.com under every instance's real Slack HttpClient: counts the answers posted to each thread.</summary>
internal sealed class RecordingSlackApi : HttpMessageHandler
{
    private readonly ConcurrentDictionary<string, int> answers = new(StringComparer.Ordinal);

    public int Total => answers.Values.Sum();

    public int AnswersTo(string threadTs) => answers.GetValueOrDefault(threadTs);

    /// <summary>Waits for <paramref name="count"/> answers, then a little longer, so a duplicate posted late is counted too.</summary>
    public async Task SettleAsync(int count)
    {
        for (var attempt = 0; attempt < 200 && Total < count; attempt++)
        {
            await Task.Delay(100);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri!.AbsolutePath.EndsWith("chat.postMessage", StringComparison.Ordinal))
        {
            using var body = JsonDocument.Parse(await request.Content!.ReadAsStringAsync(cancellationToken));
            answers.AddOrUpdate(body.RootElement.GetProperty("thread_ts").GetString()!, 1, (_, n) => n + 1);
        }

        return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"ok\":true,\"ts\":\"1700000000.000100\"}", Encoding.UTF8, "application/json") };
    }
}
