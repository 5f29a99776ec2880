using Compliance.Probes.Transport;

namespace Compliance.Probes.Tests.Transport;

public sealed class NetnsArgumentsTests
{
    [Test]
    public void Mount_and_uts_namespaces_are_entered_when_the_lab_made_them()
    {
        var root = Directory.CreateTempSubdirectory("labroot-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "lab", "ns"));
            File.WriteAllText(Path.Combine(root, "lab", "ns", "infra-term.mnt"), string.Empty);
            File.WriteAllText(Path.Combine(root, "lab", "ns", "infra-term.uts"), string.Empty);
            var transport = new NetnsTransport("infra-term", "lab-infra-term", "/run/netns", root);

            Assert.That(transport.BuildArguments(["id", "-u"]), Is.EqualTo(new[]
            {
                "nsenter", "--net=/run/netns/lab-infra-term",
                $"--mount={root}/lab/ns/infra-term.mnt", $"--uts={root}/lab/ns/infra-term.uts", "--", "id", "-u",
            }));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Test]
    public void Only_the_network_namespace_is_entered_when_no_mount_namespace_exists()
    {
        var transport = new NetnsTransport("peer", "t-core-x", "/run/netns", "/nonexistent");

        Assert.That(transport.BuildArguments(["true"]), Is.EqualTo(new[] { "nsenter", "--net=/run/netns/t-core-x", "--", "true" }));
    }
}
