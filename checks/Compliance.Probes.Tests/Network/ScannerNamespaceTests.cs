using System.Diagnostics;
using Compliance.Probes.Network;
using Compliance.Probes.Transport;

namespace Compliance.Probes.Tests.Network;

/// <summary>
/// The scanners against a throwaway pair of namespaces (198.18.252.0/24): the target drops everything but a few ports,
/// answers one with a reset and listens on two of its first address (.2); its second address (.3) listens on none. Needs root.
/// </summary>
[TestFixture, NonParallelizable, Category("Namespaces")]
public sealed class ScannerNamespaceTests
{
    private readonly string id = $"t-net-{Random.Shared.Next(10000, 99999)}";
    private string Vantage => id + "-v";
    private string Target => id + "-t";

    [OneTimeSetUp]
    public void CreateNamespaces()
    {
        if (!Environment.IsPrivilegedProcess)
        {
            Assert.Ignore("needs root for network namespaces");
        }

        var link = "tn" + id[6..];
        Sh($$"""
            ip netns add {{Vantage}}; ip netns add {{Target}}
            ip link add {{link}}a type veth peer name {{link}}b
            ip link set {{link}}a netns {{Vantage}}; ip link set {{link}}b netns {{Target}}
            ip -n {{Vantage}} addr add 198.18.252.1/24 dev {{link}}a; ip -n {{Target}} addr add 198.18.252.2/24 dev {{link}}b; ip -n {{Target}} addr add 198.18.252.3/24 dev {{link}}b
            ip -n {{Vantage}} link set {{link}}a up; ip -n {{Target}} link set {{link}}b up
            ip -n {{Vantage}} link set lo up; ip -n {{Target}} link set lo up
            ip netns exec {{Target}} nft -f - <<'NFT'
            table ip t {
              chain pre { type filter hook prerouting priority -300; iif "lo" accept; tcp dport { 2222, 40001, 40002 } accept; udp dport 5353 accept; meta l4proto { tcp, udp } drop; }
            }
            NFT
            """);
        Sh($"ip netns exec {Target} /usr/bin/python3 -c 'import socket,time\nls=[]\nfor p in (2222,40001):\n s=socket.socket(); s.bind((\"198.18.252.2\",p)); s.listen(64); ls.append(s)\nu=socket.socket(socket.AF_INET,socket.SOCK_DGRAM); u.bind((\"198.18.252.2\",5353))\nwhile True:\n d,a=u.recvfrom(99); u.sendto(d,a)' >/dev/null 2>&1 &");
    }

    [OneTimeTearDown]
    public void DeleteNamespaces()
    {
        Sh($"ip netns pids {Target} 2>/dev/null | xargs -r kill; ip netns del {Vantage} 2>/dev/null; ip netns del {Target} 2>/dev/null; true");
    }

    [Test]
    public async Task Tcp_scan_of_every_port_finds_the_listeners_and_the_reset_behind_a_dropping_filter()
    {
        await using var vantage = new NetnsTransport("v", Vantage);
        var result = await TcpScanner.ScanAsync(vantage, "198.18.252.2", "1-65535");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(result.PortsOf(PortClass.Connected), Is.EqualTo(new[] { 2222, 40001 }));
            Assert.That(result.PortsOf(PortClass.Refused), Is.EqualTo(new[] { 40002 }));
            Assert.That(result.CountOf(PortClass.TimedOut), Is.EqualTo(65532));
        }
    }

    [Test]
    public async Task Udp_probe_of_every_port_finds_the_one_that_answers()
    {
        await using var vantage = new NetnsTransport("v", Vantage);
        var result = await UdpScanner.ScanAsync(vantage, "198.18.252.2", "1-65535");
        Assert.That((result.PortsOf(PortClass.Answered), result.CountOf(PortClass.Silent)), Is.EqualTo((new[] { 5353 }, 65534)));
    }

    [Test]
    public async Task One_tcp_scan_of_two_targets_tells_each_targets_ports_apart()
    {
        await using var vantage = new NetnsTransport("v", Vantage);
        var results = await TcpScanner.ScanManyAsync(vantage, ["198.18.252.2", "198.18.252.3"], "9,2222,40001,40002");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(results["198.18.252.2"].PortsOf(PortClass.Connected), Is.EqualTo(new[] { 2222, 40001 }));
            Assert.That(results["198.18.252.2"].PortsOf(PortClass.Refused), Is.EqualTo(new[] { 40002 }));
            Assert.That(results["198.18.252.3"].PortsOf(PortClass.Connected), Is.Empty);
            Assert.That(results["198.18.252.3"].PortsOf(PortClass.Refused), Is.EqualTo(new[] { 2222, 40001, 40002 }));
            Assert.That(results.Values.Select(r => (r.CountOf(PortClass.TimedOut), r.CountNotBlockedByTheNetwork, r.WireWatched)), Is.All.EqualTo((1, 0, true)));
        }
    }

    [Test]
    public async Task One_udp_probe_of_two_targets_tells_each_targets_answers_apart()
    {
        await using var vantage = new NetnsTransport("v", Vantage);
        var results = await UdpScanner.ScanManyAsync(vantage, ["198.18.252.2", "198.18.252.3"], "53,5353");
        using (Assert.EnterMultipleScope())
        {
            Assert.That((results["198.18.252.2"].PortsOf(PortClass.Answered), results["198.18.252.2"].CountOf(PortClass.Silent)), Is.EqualTo((new[] { 5353 }, 1)));
            Assert.That((results["198.18.252.3"].PortsOf(PortClass.Answered), results["198.18.252.3"].PortsOf(PortClass.IcmpRefused)), Is.EqualTo((Array.Empty<int>(), new[] { 5353 })));
            Assert.That(results.Values.Select(r => (r.CountNotBlockedByTheNetwork, r.WireWatched)), Is.All.EqualTo((0, true)));
        }
    }

    private static void Sh(string script)
    {
        using var p = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { RedirectStandardError = true })!;
        p.WaitForExit();
    }
}
