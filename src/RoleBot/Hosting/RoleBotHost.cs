namespace RoleBot.Hosting;

/// <summary>Where RoleBot finds its configuration, the same for the web host and the CLI.</summary>
internal static class RoleBotHost
{
    /// <summary>
    /// appsettings.json is copied next to the binary, so the content root is the binary's folder unless a
    /// caller (a test host, <c>--contentRoot</c>) chose another.
    /// </summary>
    public static WebApplicationOptions Options(string[] args) =>
        args.Any(a => a.Contains("contentRoot", StringComparison.OrdinalIgnoreCase))
            ? new WebApplicationOptions { Args = args }
            : new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory };

    /// <summary>appsettings.json, then appsettings.{environment}.json, then environment variables, for commands that run without the web host.</summary>
    public static IConfiguration CliConfiguration()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        return new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }
}
