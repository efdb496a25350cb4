using System.Text;
using Microsoft.Extensions.Time.Testing;
using RoleBot.Slack.Security;

namespace RoleBot.Slack.Tests.Security;

/// <summary>The signature check against the test vector Slack publishes in its "Verifying requests from Slack" guide.</summary>
public sealed class SlackSignatureVerifierTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string Timestamp = "1531420618";
    private const string Expected = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes(
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com" +
        "%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c");

    private static readonly DateTimeOffset SignedAt = DateTimeOffset.FromUnixTimeSeconds(1531420618);

    [Fact]
    public void Slacks_published_test_vector_is_valid_at_its_own_time()
    {
        var verifier = new SlackSignatureVerifier(Secret, new FakeTimeProvider(SignedAt));

        Assert.Equal(SignatureCheck.Valid, verifier.Verify(Body, Timestamp, Expected));
    }

    [Fact]
    public void Signing_the_test_vector_gives_slacks_published_signature() =>
        Assert.Equal(Expected, SlackSignatureVerifier.Sign(Secret, Timestamp, Body));

    [Theory]
    [InlineData(300, "Valid")]
    [InlineData(-300, "Valid")]
    [InlineData(301, "Stale")]
    [InlineData(-301, "Stale")]
    public void Timestamps_more_than_five_minutes_from_now_are_stale(int secondsLater, string expected)
    {
        var verifier = new SlackSignatureVerifier(Secret, new FakeTimeProvider(SignedAt.AddSeconds(secondsLater)));

        Assert.Equal(expected, verifier.Verify(Body, Timestamp, Expected).ToString());
    }

    [Fact]
    public void The_same_request_checked_with_another_secret_is_a_mismatch()
    {
        var verifier = new SlackSignatureVerifier("another-secret", new FakeTimeProvider(SignedAt));

        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(Body, Timestamp, Expected));
    }

    [Fact]
    public void One_changed_byte_in_the_body_is_a_mismatch()
    {
        var verifier = new SlackSignatureVerifier(Secret, new FakeTimeProvider(SignedAt));
        var altered = (byte[])Body.Clone();
        altered[^1] ^= 1;

        Assert.Equal(SignatureCheck.Mismatch, verifier.Verify(altered, Timestamp, Expected));
    }

    [Theory]
    [InlineData(null, Expected, "Unsigned")]
    [InlineData(Timestamp, null, "Unsigned")]
    [InlineData("15314206l8", Expected, "MalformedTimestamp")]
    [InlineData("-1531420618", Expected, "MalformedTimestamp")]
    [InlineData("99999999999999999999", Expected, "MalformedTimestamp")]
    [InlineData(Timestamp, "v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "Mismatch")]
    [InlineData(Timestamp, "v0=A2114D57B48EAC39B9AD189DD8316235A7B4A8D21A10BD27519666489C69B50", "Mismatch")]
    [InlineData(Timestamp, "v0=zz114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", "Mismatch")]
    public void Missing_or_malformed_headers_are_refused(string? timestamp, string? signature, string expected)
    {
        var verifier = new SlackSignatureVerifier(Secret, new FakeTimeProvider(SignedAt));

        Assert.Equal(expected, verifier.Verify(Body, timestamp, signature).ToString());
    }
}
