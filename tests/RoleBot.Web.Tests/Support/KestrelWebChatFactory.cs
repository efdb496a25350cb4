using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace RoleBot.Web.Tests.Support;

/// <summary>RoleBot on a real Kestrel socket on a free loopback port, for the browser and for raw HTTP.</summary>
public sealed class KestrelWebChatFactory : WebChatFactory
{
    public KestrelWebChatFactory()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    /// <summary>Such as http://127.0.0.1:41234.</summary>
    public Uri BaseAddress { get; }
}
