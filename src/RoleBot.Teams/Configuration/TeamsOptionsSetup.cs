using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace RoleBot.Teams.Configuration;

/// <summary>Reads <see cref="TeamsOptions"/> from the configuration root (Bot Framework names) and the <c>Teams</c> section.</summary>
internal sealed class TeamsOptionsSetup(IConfiguration configuration) : IConfigureOptions<TeamsOptions>
{
    public void Configure(TeamsOptions options)
    {
        options.MicrosoftAppId = Trimmed(configuration["MicrosoftAppId"]);
        options.MicrosoftAppPassword = NullIfEmpty(configuration["MicrosoftAppPassword"]);
        options.MicrosoftAppTenantId = Trimmed(configuration["MicrosoftAppTenantId"]);
        options.MicrosoftAppType = Trimmed(configuration["MicrosoftAppType"]) ?? TeamsOptions.MultiTenant;

        var teams = configuration.GetSection(TeamsOptions.SectionName);
        options.OpenIdMetadataUrl = Trimmed(teams["OpenIdMetadataUrl"]) ?? TeamsOptions.DefaultOpenIdMetadataUrl;
        options.TokenEndpoint = Trimmed(teams["TokenEndpoint"]);
        options.TypingDelay = teams.GetValue("TypingDelay", options.TypingDelay);
        options.QueueCapacity = teams.GetValue("QueueCapacity", options.QueueCapacity);
        options.Workers = teams.GetValue("Workers", options.Workers);
    }

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
