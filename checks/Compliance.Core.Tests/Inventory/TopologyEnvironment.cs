namespace Compliance.Core.Tests.Inventory;

/// <summary>A throwaway lab environment folder whose inventory takes its hosts from a <c>topology.yaml</c> beside it.</summary>
internal sealed class TopologyEnvironment : IDisposable
{
    public static string ValidTopology { get; } = """
        segments:
          - {name: room, cidr: 198.18.10.0/24, router: 198.18.10.1, description: Security room}
          - {name: secure, cidr: 198.18.50.0/24, router: 198.18.50.1}
        hosts:
          - {name: fw, router: true, services: [dhcp], roles: [firewall]}
          - {name: t1, segment: room, addresses: [198.18.10.11], mac: "02:5e:10:00:00:11", dhcp: true, roles: [terminal]}
          - {name: ml01, segment: secure, addresses: [198.18.50.10, "fd5e:1ab0:c0de:50::10"], services: [sshd]}
        """;

    public static string ValidInventory { get; } = """
        environment: lab
        kind: lab
        topology:
          file: topology.yaml
          transport: {kind: netns, namespace: "{instance}-{host}", mount_namespace: "/run/x/{instance}/{host}.mnt", uts_namespace: "/run/x/{instance}/{host}.uts"}
        terminals:
          - {management_number: SR-INF-01, kind: infra, os: windows, mac: "02:5e:10:00:00:11", ip: 198.18.10.11, host: t1}
        """;

    public TopologyEnvironment(string? inventory = null, string? topology = null)
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("core-topology-").FullName;
        File.WriteAllText(InventoryPath, inventory ?? ValidInventory);
        File.WriteAllText(TopologyPath, topology ?? ValidTopology);
    }

    public string Directory { get; }

    public string InventoryPath => Path.Combine(Directory, "inventory.yaml");

    public string TopologyPath => Path.Combine(Directory, "topology.yaml");

    public TopologyEnvironment WithExpected(string section, string yaml)
    {
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "expected"));
        File.WriteAllText(Path.Combine(Directory, "expected", section + ".yaml"), yaml);
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
