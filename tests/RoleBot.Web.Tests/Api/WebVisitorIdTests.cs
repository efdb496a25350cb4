using System.Net;
using Microsoft.AspNetCore.Http;
using RoleBot.Web.Api;

namespace RoleBot.Web.Tests.Api;

public sealed class WebVisitorIdTests
{
    [Fact]
    public void An_address_keeps_its_id_after_more_addresses_than_are_remembered_have_come_and_gone()
    {
        var visitors = new WebVisitorId();
        var first = visitors.For(From(IPAddress.Parse("203.0.113.7")));

        for (var i = 0; i <= WebVisitorId.MaxRemembered; i++)
        {
            visitors.For(From(new IPAddress(BitConverter.GetBytes(i))));
        }

        Assert.Equal(first, visitors.For(From(IPAddress.Parse("203.0.113.7"))));
        Assert.Equal(first, visitors.For(From(IPAddress.Parse("::ffff:203.0.113.7"))));
        Assert.NotEqual(first, visitors.For(From(IPAddress.Parse("203.0.113.8"))));
        Assert.InRange(visitors.RememberedCount, 1, WebVisitorId.MaxRemembered);
    }

    private static DefaultHttpContext From(IPAddress address)
    {
        var context = new DefaultHttpContext();
        context.Connection.RemoteIpAddress = address;
        return context;
    }
}
