using Compliance.Probes.Ssh;
using Compliance.Probes.Ssh.Origins;
using Compliance.Probes.Transport;

namespace Compliance.Probes.Tests.Transport;

public sealed class StandardTransportsTests
{
    [Test]
    public void There_is_one_provider_per_inventory_transport_kind()
    {
        var providers = StandardTransports.Create();

        Assert.That(providers.Select(p => p.Kind), Is.EquivalentTo(new[] { "netns", "ssh" }));
    }

    [Test]
    public void Without_an_origin_ssh_connects_directly()
    {
        var ssh = StandardTransports.Create().OfType<SshTransportProvider>().Single();

        Assert.That(ssh.Origin, Is.InstanceOf<DirectOrigin>());
    }

    [Test]
    public void An_injected_origin_is_the_one_ssh_connects_from()
    {
        var origin = new NamespaceOrigin("lab-infra-term");

        var ssh = StandardTransports.Create(origin).OfType<SshTransportProvider>().Single();

        Assert.That(ssh.Origin, Is.SameAs(origin));
    }
}
