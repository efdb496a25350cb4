using RoleBot.Teams.Tests.Support;

namespace RoleBot.Teams.Tests.Messages;

/// <summary>The settings combinations Bot Framework users trip over stop start-up with a message naming the fix.</summary>
public sealed class StartupValidationTests
{
    [Theory]
    [InlineData("MicrosoftAppPassword", "", "MicrosoftAppPassword is required when MicrosoftAppId is set")]
    [InlineData("MicrosoftAppType", "UserAssignedMSI", "MicrosoftAppType must be MultiTenant or SingleTenant")]
    [InlineData("MicrosoftAppType", "SingleTenant", "MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant")]
    [InlineData("Teams:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration", "Teams:OpenIdMetadataUrl must be an absolute https URL")]
    [InlineData("Teams:TokenEndpoint", "not a url", "Teams:TokenEndpoint must be an absolute https URL")]
    [InlineData("MicrosoftAppTenantId", "contoso/../x", "MicrosoftAppTenantId must be a tenant id")]
    public async Task A_bad_setting_stops_start_up_with_a_clear_error(string key, string value, string message)
    {
        await using var app = new TeamsApp(settings: new() { [key] = value });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(TeamsApp.AppPassword, error.ToString(), StringComparison.Ordinal);
    }
}
