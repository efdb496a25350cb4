namespace RoleBot.Slack.Security;

/// <summary>The outcome of checking a request's <c>X-Slack-Signature</c>.</summary>
internal enum SignatureCheck
{
    Valid,
    /// <summary>No signature or no timestamp header.</summary>
    Unsigned,
    /// <summary>The timestamp is not a Unix time in seconds.</summary>
    MalformedTimestamp,
    /// <summary>The timestamp is more than five minutes from now (a replay, or a skewed clock).</summary>
    Stale,
    /// <summary>The signature does not match: forged, altered, signed with another secret, or not <c>v0=</c> hex.</summary>
    Mismatch,
}
