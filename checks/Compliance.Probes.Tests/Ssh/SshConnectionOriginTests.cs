using Compliance.Core.Transport;
using Compliance.Probes.Ssh;
using Compliance.Probes.Ssh.Origins;

namespace Compliance.Probes.Tests.Ssh;

[TestFixture]
public sealed class SshConnectionOriginTests
{
    [Test]
    public async Task A_namespace_origin_opens_the_connection_from_inside_its_namespace()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider(origin: bed.ClientOrigin);
        var transport = await provider.OpenAsync(bed.Gateway, bed.Inventory(bed.Gateway));

        // The gateway runs only its hop: its refusal of a target named "id" proves the session reached it.
        var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(60), "id"));

        Assert.That(result.StandardError, Does.Contain("gateway-hop: target not allowed"));
        Assert.That(provider.ConnectCount("gateway"), Is.EqualTo(1));
        Assert.That(transport.Describe, Is.EqualTo($"ssh root@gateway from namespace {bed.ClientNamespace}"));
    }

    [Test]
    public async Task Without_an_origin_the_provider_connects_directly_from_this_machine()
    {
        var bed = SshTestBedSetUp.Bed;
        var before = bed.AcceptedConnections("local");
        await using var provider = new SshTransportProvider();

        var transport = await provider.OpenAsync(bed.Local, bed.Inventory(bed.Local));
        var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(60), "true"));

        Assert.That(provider.Origin, Is.InstanceOf<DirectOrigin>());
        Assert.That(result.ExitCode, Is.Zero);
        Assert.That(transport.Describe, Is.EqualTo("ssh root@local"));
        Assert.That(bed.AcceptedConnections("local") - before, Is.EqualTo(1));
    }

    [Test]
    public async Task A_namespace_origin_does_not_see_the_loopback_of_this_machine()
    {
        // The local sshd listens on this machine's loopback; the client namespace has a loopback of its own, where
        // nothing listens. The same host reached directly above is refused here, well before the connect timeout.
        var bed = SshTestBedSetUp.Bed;
        var timeout = TimeSpan.FromSeconds(30);
        await using var provider = new SshTransportProvider(new SshTransportOptions { ConnectTimeout = timeout }, bed.ClientOrigin);
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var failure = await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(bed.Local, bed.Inventory(bed.Local)));

        Assert.That(clock.Elapsed, Is.LessThan(timeout));
        Assert.That(failure!.Message, Does.Contain($"from namespace {bed.ClientNamespace}").And.Contain("ConnectionRefused"));
    }

    [Test]
    public async Task A_missing_namespace_is_a_transport_failure()
    {
        var bed = SshTestBedSetUp.Bed;
        var origin = new NamespaceOrigin($"t-ssh-{bed.Id}-absent");
        await using var provider = new SshTransportProvider(new SshTransportOptions { ConnectTimeout = TimeSpan.FromSeconds(10) }, origin);

        var failure = await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(bed.Gateway, bed.Inventory(bed.Gateway)));

        Assert.That(failure!.Message, Does.Contain($"t-ssh-{bed.Id}-absent does not exist"));
    }
}
