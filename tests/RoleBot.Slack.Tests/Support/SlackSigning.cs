using System.Globalization;
using System.Text;
using RoleBot.Slack.Security;

namespace RoleBot.Slack.Tests.Support;

/// <summary>Builds requests exactly as Slack sends them: the raw body, its timestamp and the <c>v0=</c> signature over both.</summary>
public static class SlackSigning
{
    public static HttpRequestMessage SignedRequest(string path, string body, string contentType, string secret, DateTimeOffset? at = null)
    {
        var timestamp = (at ?? DateTimeOffset.UtcNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = UnsignedRequest(path, body, contentType);
        request.Headers.Add(SlackRequestGate.TimestampHeader, timestamp);
        request.Headers.Add(SlackRequestGate.SignatureHeader, SlackSignatureVerifier.Sign(secret, timestamp, Encoding.UTF8.GetBytes(body)));
        return request;
    }

    public static HttpRequestMessage UnsignedRequest(string path, string body, string contentType) =>
        new(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = new StringContent(body, Encoding.UTF8, contentType) };
}
