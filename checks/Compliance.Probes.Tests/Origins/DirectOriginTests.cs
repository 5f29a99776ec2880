using System.Net;
using System.Net.Sockets;
using Compliance.Probes.Ssh.Origins;

namespace Compliance.Probes.Tests.Origins;

public sealed class DirectOriginTests
{
    [Test]
    public async Task The_route_enters_at_the_target_itself()
    {
        var target = new IPEndPoint(IPAddress.Parse("198.18.251.2"), 22);

        await using var route = await new DirectOrigin().OpenAsync(target, TimeSpan.FromSeconds(5), CancellationToken.None);

        Assert.That(route.Entry, Is.EqualTo(target));
        Assert.That(route.LastFailure, Is.Null);
        Assert.That(new DirectOrigin().Describe, Is.Empty);
    }

    [Test]
    public async Task A_connection_through_the_route_reaches_a_listener_of_this_machine()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        await using var route = await new DirectOrigin().OpenAsync((IPEndPoint)listener.LocalEndpoint, TimeSpan.FromSeconds(5), CancellationToken.None);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        await client.ConnectAsync(route.Entry);
        using var accepted = await listener.AcceptSocketAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.That(accepted.RemoteEndPoint, Is.EqualTo(client.LocalEndPoint));
    }
}
