using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using RoleBot.Slack.Security;

namespace RoleBot.Benchmarks.Slack;

/// <summary>
/// What checking Slack's signature costs per request: HMAC-SHA256 over the raw body plus the constant-time compare,
/// for a typical event (~600 B), a slash command (~400 B) and a large interaction payload (~40 KB).
/// </summary>
[MemoryDiagnoser]
public class SlackSignatureBenchmarks
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private static readonly string Forged = "v0=" + new string('0', 64);

    private SlackSignatureVerifier verifier = null!;
    private string timestamp = "";
    private byte[] body = [];
    private string signature = "";

    [Params(400, 600, 40_000)]
    public int BodyBytes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        verifier = new SlackSignatureVerifier(Secret, TimeProvider.System);
        timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        body = Encoding.UTF8.GetBytes(new string('x', BodyBytes));
        signature = SlackSignatureVerifier.Sign(Secret, timestamp, body);
    }

    [Benchmark(Baseline = true)]
    public bool Verify() => verifier.Verify(body, timestamp, signature) == SignatureCheck.Valid;

    [Benchmark]
    public bool VerifyForged() => verifier.Verify(body, timestamp, Forged) == SignatureCheck.Valid;
}
