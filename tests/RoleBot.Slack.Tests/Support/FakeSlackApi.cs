using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace RoleBot.Slack.Tests.Support;

/// <summary>
/// Stands in for slack.com and response URLs at the bottom of RoleBot's real HttpClient pipeline (resilience included):
/// records every request and answers from a script, then <c>{"ok":true}</c>.
/// </summary>
public sealed class FakeSlackApi : HttpMessageHandler
{
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<Func<HttpResponseMessage>> script = new();
    private readonly SemaphoreSlim arrived = new(0);

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Answers the next request with <paramref name="response"/> instead of ok.</summary>
    public void Then(Func<HttpResponseMessage> response) => script.Enqueue(response);

    public void ThenJson(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        Then(() => new HttpResponseMessage(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") });

    /// <summary>Waits until at least <paramref name="count"/> requests have arrived in total, and returns them.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (requests.Count < count)
        {
            try
            {
                await arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Expected {count} requests to Slack, got {requests.Count}.");
            }
        }

        return Requests;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        requests.Enqueue(new RecordedRequest(request.Method, request.RequestUri!, request.Headers.Authorization, request.Content?.Headers.ContentType?.MediaType, body));
        arrived.Release();
        return script.TryDequeue(out var next)
            ? next()
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"ok\":true,\"ts\":\"1700000000.000100\"}", Encoding.UTF8, "application/json") };
    }
}
