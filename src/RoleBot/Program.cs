using RoleBot.Cli;
using RoleBot.Hosting;

if (RoleBotCli.Handles(args))
{
    return await RoleBotCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(RoleBotHost.Options(args));
builder.Services.AddRoleBot(builder.Configuration);

var app = builder.Build();
app.MapRoleBot();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to integration tests (WebApplicationFactory).</summary>
public partial class Program;
