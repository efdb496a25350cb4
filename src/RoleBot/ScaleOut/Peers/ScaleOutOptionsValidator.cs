using Microsoft.Extensions.Options;

namespace RoleBot.ScaleOut.Peers;

/// <summary>Stops start-up on peer settings that would route claims nowhere or let anyone forge them; never names the key.</summary>
internal sealed class ScaleOutOptionsValidator : IValidateOptions<ScaleOutOptions>
{
    /// <summary>An HMAC key of fewer characters is guessable offline from one captured request.</summary>
    public const int MinKeyLength = 16;

    private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestTimeout = TimeSpan.FromSeconds(2);

    public ValidateOptionsResult Validate(string? name, ScaleOutOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.HasPeers)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (!IsBaseUrl(options.SelfUrl))
        {
            failures.Add("ScaleOut:SelfUrl must be this instance's absolute http(s) base URL, as its peers reach it, when ScaleOut:PeerUrls is set.");
        }

        failures.AddRange(options.PeerUrls.Where(url => !IsBaseUrl(url))
            .Select(url => $"ScaleOut:PeerUrls holds '{url}', which is not an absolute http(s) base URL."));
        if (string.IsNullOrWhiteSpace(options.PeerKey) || options.PeerKey.Length < MinKeyLength)
        {
            failures.Add($"ScaleOut:PeerKey must be a shared secret of at least {MinKeyLength} characters when ScaleOut:PeerUrls is set.");
        }

        if (options.PeerTimeout < ShortestTimeout || options.PeerTimeout > LongestTimeout)
        {
            failures.Add($"ScaleOut:PeerTimeout must be between 00:00:00.010 and 00:00:02 (it is {options.PeerTimeout}): a Slack event waits for its claim.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsBaseUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0 && uri.Fragment.Length == 0;
}
