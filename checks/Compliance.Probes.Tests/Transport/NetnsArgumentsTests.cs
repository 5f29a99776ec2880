using Compliance.Core.Inventory;
using Compliance.Core.Transport;
using Compliance.Probes.Transport;

namespace Compliance.Probes.Tests.Transport;

public sealed class NetnsArgumentsTests
{
    [Test]
    public void The_mount_and_uts_namespaces_the_inventory_names_are_entered()
    {
        var transport = new NetnsTransport("infra-term", "lt-infra-term", "/state/lt/ns/infra-term.mnt", "/state/lt/ns/infra-term.uts");

        Assert.That(transport.BuildArguments(["id", "-u"]), Is.EqualTo(new[]
        {
            "nsenter", "--net=/run/netns/lt-infra-term", "--mount=/state/lt/ns/infra-term.mnt", "--uts=/state/lt/ns/infra-term.uts", "--", "id", "-u",
        }));
    }

    [Test]
    public void Only_the_network_namespace_is_entered_when_the_inventory_names_no_other()
    {
        var transport = new NetnsTransport("peer", "t-core-x");

        Assert.That(transport.BuildArguments(["true"]), Is.EqualTo(new[] { "nsenter", "--net=/run/netns/t-core-x", "--", "true" }));
    }

    [Test]
    public async Task The_layout_comes_from_the_inventory_not_from_the_namespace_name()
    {
        var host = new HostEntry("ml01", "secure", ["198.18.50.10"], [],
            new TransportSettings("netns", Namespace: "a-b-c", MountNamespace: "/x/ml01.mnt", UtsNamespace: "/y/ml01.uts"));
        var inventory = new EnvironmentInventory("t", EnvironmentKind.Lab, "/", [], [host], [], [], ExpectedState.Empty);

        var transport = (NetnsTransport)await new NetnsTransportProvider().OpenAsync(host, inventory);

        Assert.That(transport.BuildArguments(["true"]), Is.EqualTo(new[] { "nsenter", "--net=/run/netns/a-b-c", "--mount=/x/ml01.mnt", "--uts=/y/ml01.uts", "--", "true" }));
    }

    [Test]
    public async Task A_named_mount_namespace_that_does_not_exist_is_a_transport_failure()
    {
        var netns = Directory.CreateTempSubdirectory("netns-root-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(netns, "lt-ml01"), string.Empty);
            var transport = new NetnsTransport("ml01", "lt-ml01", "/nonexistent/ml01.mnt", null, netns);

            var e = await Assert.ThrowsAsync<TransportException>(() => transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(5), "true")));

            Assert.That(e!.Message, Is.EqualTo("namespace file /nonexistent/ml01.mnt of host ml01 does not exist; is the lab up?"));
        }
        finally
        {
            Directory.Delete(netns, recursive: true);
        }
    }
}
