using Compliance.Core.Transport;
using Compliance.Probes.Ssh;

namespace Compliance.Probes.Tests.Ssh;

[TestFixture]
public sealed class SshConnectFromTests
{
    [Test]
    public async Task The_connection_is_opened_from_inside_the_named_namespace()
    {
        var bed = SshTestBedSetUp.Bed;
        await using var provider = new SshTransportProvider();
        var transport = await provider.OpenAsync(bed.Gateway, bed.Inventory(bed.Gateway));

        // The gateway runs only its hop: its refusal of a target named "id" proves the session reached it.
        var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(60), "id"));

        Assert.That(result.StandardError, Does.Contain("gateway-hop: target not allowed"));
        Assert.That(provider.ConnectCount("gateway"), Is.EqualTo(1));
        Assert.That(transport.Describe, Is.EqualTo($"ssh root@gateway from namespace {bed.ClientNamespace}"));
    }

    [Test]
    public async Task Without_connect_from_the_root_namespace_has_no_route_to_the_gateway()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Gateway with { Transport = bed.Gateway.Transport with { ConnectFrom = null } };
        await using var provider = new SshTransportProvider(new SshTransportOptions { ConnectTimeout = TimeSpan.FromSeconds(5) });

        await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));
    }

    [Test]
    public async Task A_missing_namespace_is_a_transport_failure()
    {
        var bed = SshTestBedSetUp.Bed;
        var host = bed.Gateway with { Transport = bed.Gateway.Transport with { ConnectFrom = $"t-ssh-{bed.Id}-absent" } };
        await using var provider = new SshTransportProvider(new SshTransportOptions { ConnectTimeout = TimeSpan.FromSeconds(10) });

        var failure = await Assert.ThrowsAsync<TransportException>(() => provider.OpenAsync(host, bed.Inventory(host)));

        Assert.That(failure!.Message, Does.Contain("absent"));
    }
}
