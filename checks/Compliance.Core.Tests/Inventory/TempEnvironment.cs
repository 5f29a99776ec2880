namespace Compliance.Core.Tests.Inventory;

/// <summary>A throwaway environment folder with an inventory and expected sections.</summary>
internal sealed class TempEnvironment : IDisposable
{
    public static string ValidInventory { get; } = """
        environment: test
        kind: lab
        segments:
          - {name: room, cidr: 198.18.10.0/24, description: Security room}
          - {name: secure, cidr: 198.18.50.0/24}
        hosts:
          - name: ml01
            segment: secure
            addresses: [198.18.50.10]
            roles: [ml-server]
            transport: {kind: netns, namespace: lab-ml01}
          - name: gateway
            segment: room
            addresses: [198.18.10.20, 198.18.50.20]
            transport: {kind: ssh, user: compliance, key_file: keys/id, host_key: "SHA256:abcdefghijklmnopqrstuvwxyz", sudo: true}
        terminals:
          - {management_number: SR-INF-01, kind: infra, os: windows, mac: "02:5E:10:00:00:11", ip: 198.18.10.11, host: gateway}
        not_applicable:
          - {target: PHY-01, reason: no physical room in the lab}
        """;

    public TempEnvironment(string? inventory = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "core-env-" + Guid.NewGuid().ToString("N")[..8]);
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "expected"));
        File.WriteAllText(InventoryPath, inventory ?? ValidInventory);

        // The gateway's key file must exist and be private to load (no key material: the loader only checks the file).
        System.IO.Directory.CreateDirectory(Path.Combine(Directory, "keys"));
        File.WriteAllText(KeyFile, "");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(KeyFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    /// <summary>The SSH key file <see cref="ValidInventory"/> names (empty, mode 0600).</summary>
    public string KeyFile => Path.Combine(Directory, "keys", "id");

    public string Directory { get; }

    public string InventoryPath => Path.Combine(Directory, "inventory.yaml");

    public string Expected(string section) => Path.Combine(Directory, "expected", section + ".yaml");

    public TempEnvironment WithExpected(string section, string yaml)
    {
        File.WriteAllText(Expected(section), yaml);
        return this;
    }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
