using Compliance.Core.Inventory;
using Compliance.Probes.Ssh.Origins;

namespace Compliance.Probes.Tests.Ssh;

/// <summary>
/// Real sshd instances in throwaway namespaces (see ssh-testbed.sh): <c>local</c> on loopback in the root namespace,
/// <c>gateway</c> (recorded command hop, no forwarding) reachable from namespace <c>client</c> only (connect through
/// <see cref="ClientOrigin"/>), and <c>target</c>
/// (plus <c>rekeyed</c>, the same sshd on an address whose pinned key on the gateway is stale) reachable from the gateway only.
/// </summary>
internal sealed class SshTestBed : IDisposable
{
    private readonly string script = Path.Combine(TestContext.CurrentContext.TestDirectory, "Ssh", "ssh-testbed.sh");

    public SshTestBed()
    {
        Id = Guid.NewGuid().ToString("N")[..6];
        Directory = $"/tmp/t-ssh-{Id}";
        ShellRunner.Run("bash", script, "up", Directory, Id, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        LocalPort = int.Parse(Read("local.port"), System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Id { get; }

    public string Directory { get; }

    public int LocalPort { get; }

    public string ClientNamespace => $"t-ssh-{Id}-client";

    public string GatewayNamespace => $"t-ssh-{Id}-gateway";

    /// <summary>Connections leaving from the client namespace, the only one with a route to the gateway.</summary>
    public IConnectionOrigin ClientOrigin => new NamespaceOrigin(ClientNamespace);

    public string Fingerprint(string key) => Read($"{key}.fingerprint");

    public string Read(string file) => File.ReadAllText(Path.Combine(Directory, file)).Trim();

    public void Stop(string sshd) => ShellRunner.Run("bash", script, "stop", Directory, Id, sshd);

    public void Start(string sshd) => ShellRunner.Run("bash", script, "start", Directory, Id, sshd);

    /// <summary>How many TCP connections an sshd has accepted so far (its VERBOSE log has one line per connection).</summary>
    public int AcceptedConnections(string sshd) =>
        File.ReadLines(Path.Combine(Directory, $"{sshd}.log")).Count(l => l.Contains("Connection from", StringComparison.Ordinal));

    /// <summary>An sshd's log lines so far.</summary>
    public IReadOnlyList<string> Log(string sshd) => File.ReadAllLines(Path.Combine(Directory, $"{sshd}.log"));

    public HostEntry Local => Host("local", "127.0.0.1",
        new TransportSettings("ssh", User: "root", KeyFile: "client.key", HostKey: Fingerprint("local"), Port: LocalPort));

    public HostEntry Gateway => Host("gateway", "198.18.251.2",
        new TransportSettings("ssh", User: "root", KeyFile: "client.key", HostKey: Fingerprint("gateway")));

    public HostEntry Target => Host("target", "198.18.251.10",
        new TransportSettings("ssh", User: "root", KeyFile: "client.key", HostKey: Fingerprint("target"), Via: "gateway"));

    public HostEntry Rekeyed => Host("rekeyed", "198.18.251.11",
        new TransportSettings("ssh", User: "root", KeyFile: "client.key", HostKey: Fingerprint("target"), Via: "gateway"));

    public EnvironmentInventory Inventory(params HostEntry[] hosts) => new(
        "ssh-test",
        EnvironmentKind.Lab,
        Directory,
        [new Segment("test", "198.18.251.0/24", "SSH transport test bed")],
        hosts,
        [],
        [],
        ExpectedState.Empty);

    public void Dispose() => ShellRunner.Run("bash", script, "down", Directory, Id);

    private static HostEntry Host(string name, string address, TransportSettings transport) =>
        new(name, "test", [address], ["ssh-server"], transport);
}
