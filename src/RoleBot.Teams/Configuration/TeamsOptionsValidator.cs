using System.Net;
using Microsoft.Extensions.Options;

namespace RoleBot.Teams.Configuration;

/// <summary>Start-up checks for <see cref="TeamsOptions"/>: the combinations Bot Framework users trip over fail fast.</summary>
internal sealed class TeamsOptionsValidator : IValidateOptions<TeamsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsOptions options)
    {
        var failures = new List<string>();
        if (!string.Equals(options.MicrosoftAppType, TeamsOptions.MultiTenant, StringComparison.OrdinalIgnoreCase)
            && !options.IsSingleTenant)
        {
            failures.Add($"MicrosoftAppType must be {TeamsOptions.MultiTenant} or {TeamsOptions.SingleTenant} (managed identities are not supported); it is '{options.MicrosoftAppType}'.");
        }

        if (!options.IsAnonymous)
        {
            if (string.IsNullOrEmpty(options.MicrosoftAppPassword))
            {
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set: replies need a token from Entra ID.");
            }

            if (options.IsSingleTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
            {
                failures.Add("MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant.");
            }
        }

        if (options.MicrosoftAppTenantId is { } tenant && !tenant.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'))
        {
            failures.Add("MicrosoftAppTenantId must be a tenant id (a GUID) or a domain name.");
        }

        CheckUrl(failures, "Teams:OpenIdMetadataUrl", options.OpenIdMetadataUrl);
        if (!string.IsNullOrWhiteSpace(options.TokenEndpoint))
        {
            CheckUrl(failures, "Teams:TokenEndpoint", options.TokenEndpoint);
        }

        if (options.TypingDelay < TimeSpan.Zero || options.TypingDelay > TimeSpan.FromSeconds(15))
        {
            failures.Add("Teams:TypingDelay must be between 0 and 15 seconds.");
        }

        if (options.QueueCapacity is < 1 or > 100_000)
        {
            failures.Add("Teams:QueueCapacity must be between 1 and 100000.");
        }

        if (options.Workers is < 1 or > 256)
        {
            failures.Add("Teams:Workers must be between 1 and 256.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Keys and tokens travel over these: HTTPS, except on the loopback interface for tests and local tools.</summary>
    private static void CheckUrl(List<string> failures, string setting, string value)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !IsSecureOrLoopback(uri))
        {
            failures.Add($"{setting} must be an absolute https URL (http only on loopback); it is '{value}'.");
        }
    }

    public static bool IsSecureOrLoopback(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
