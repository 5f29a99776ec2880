using System.Net;
using System.Net.Sockets;
using System.Text;
using Compliance.Core.Transport;
using Compliance.Probes.Ssh.Origins;
using Compliance.Probes.Tests.Transport;

namespace Compliance.Probes.Tests.Origins;

[NonParallelizable]
public sealed class NamespaceOriginTests
{
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [TestCase("")]
    [TestCase("../etc")]
    [TestCase("-lab")]
    [TestCase("lab ns")]
    public void A_name_that_is_no_namespace_name_is_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => _ = new NamespaceOrigin(name));
    }

    [Test]
    public async Task A_missing_namespace_is_a_transport_failure_before_anything_listens()
    {
        var origin = new NamespaceOrigin("t-core-absent-" + Guid.NewGuid().ToString("N")[..6]);

        var failure = await Assert.ThrowsAsync<TransportException>(() =>
            origin.OpenAsync(new IPEndPoint(IPAddress.Loopback, 22), Generous, CancellationToken.None));

        Assert.That(failure!.Message, Does.Contain($"{origin.NamespaceName} does not exist"));
    }

    [Test]
    public async Task Bytes_sent_to_the_entry_reach_a_listener_that_exists_only_inside_the_namespace()
    {
        using var ns = new ThrowawayNamespace();
        ThrowawayNamespace.Ip("-n", ns.Name, "link", "set", "lo", "up");
        using var listener = NetworkNamespaceSocket.Create(ns.Name);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        var origin = new NamespaceOrigin(ns.Name);

        await using var route = await origin.OpenAsync((IPEndPoint)listener.LocalEndPoint!, Generous, CancellationToken.None);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        await client.ConnectAsync(route.Entry);
        await client.SendAsync(Encoding.ASCII.GetBytes("ping"));
        using var accepted = await listener.AcceptAsync().WaitAsync(Generous);
        var buffer = new byte[4];
        var read = await accepted.ReceiveAsync(buffer).WaitAsync(Generous);

        Assert.That(IPAddress.IsLoopback(route.Entry.Address), Is.True);
        Assert.That(Encoding.ASCII.GetString(buffer, 0, read), Is.EqualTo("ping"));
        Assert.That(origin.Describe, Is.EqualTo($"from namespace {ns.Name}"));
    }

    [Test]
    public async Task A_connection_from_another_process_is_closed_without_reaching_the_namespace()
    {
        using var ns = new ThrowawayNamespace();
        ThrowawayNamespace.Ip("-n", ns.Name, "link", "set", "lo", "up");
        using var listener = NetworkNamespaceSocket.Create(ns.Name);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen();
        await using var route = await new NamespaceOrigin(ns.Name).OpenAsync((IPEndPoint)listener.LocalEndPoint!, Generous, CancellationToken.None);

        // Another process (any local account could run it) dials the relay's loopback entry and waits for the other end.
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec 3<>/dev/tcp/127.0.0.1/{route.Entry.Port} && echo connected && cat <&3 >/dev/null; echo closed");
        using var other = System.Diagnostics.Process.Start(start)!;
        var output = await other.StandardOutput.ReadToEndAsync().WaitAsync(Generous);
        var acceptedAnything = listener.Poll(TimeSpan.FromMilliseconds(500), SelectMode.SelectRead);

        Assert.That(output, Is.EqualTo("connected\nclosed\n"), "the relay accepts at TCP level, then closes at once");
        Assert.That(acceptedAnything, Is.False, "nothing was opened inside the namespace");
        Assert.That(route.LastFailure, Does.Contain("not a socket of this process"));
    }

    [Test]
    public async Task A_refused_onward_connect_is_the_routes_last_failure()
    {
        using var ns = new ThrowawayNamespace();
        ThrowawayNamespace.Ip("-n", ns.Name, "link", "set", "lo", "up");
        await using var route = await new NamespaceOrigin(ns.Name).OpenAsync(new IPEndPoint(IPAddress.Loopback, 9), Generous, CancellationToken.None);
        using var client = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

        await client.ConnectAsync(route.Entry);
        var read = await client.ReceiveAsync(new byte[1]).WaitAsync(Generous);

        Assert.That(read, Is.Zero, "the relay closes the entry connection");
        Assert.That(route.LastFailure, Does.Contain($"from namespace {ns.Name}").And.Contain("ConnectionRefused"));
    }
}
