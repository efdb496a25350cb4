using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using RoleBot.Core.Learning;

namespace RoleBot.Web.Tests.Support;

/// <summary>The whole RoleBot host, with the learning log replaced by a recording fake.</summary>
public class WebChatFactory : WebApplicationFactory<Program>
{
    public RecordingLearningLog Feedback { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // Every test client and browser tab here is one visitor (one address), so the per-visitor limit is raised.
        builder.UseSetting("RateLimiting:PermitLimit", "10000");
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<ILearningLog>();
            services.AddSingleton<ILearningLog>(Feedback);
        });
    }
}
