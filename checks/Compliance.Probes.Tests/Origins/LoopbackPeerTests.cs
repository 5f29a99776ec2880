using System.Net;
using Compliance.Probes.Ssh.Origins;

namespace Compliance.Probes.Tests.Origins;

public sealed class LoopbackPeerTests
{
    private static readonly string[] Table =
    [
        "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
        "   0: 0100007F:A1B2 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 11111 1 0000000000000000 100 0 0 10 0",
        "   1: 0100007F:C3D4 0100007F:A1B2 01 00000000:00000000 00:00000000 00000000     0        0 22222 1 0000000000000000 20 4 30 10 -1",
        "   2: 0100007F:A1B2 0100007F:C3D4 01 00000000:00000000 00:00000000 00000000     0        0 33333 1 0000000000000000 20 4 30 10 -1",
    ];

    [Test]
    public void The_peers_own_socket_is_found_by_its_local_and_remote_ends() =>
        Assert.That(LoopbackPeer.InodeOf(Table, new IPEndPoint(IPAddress.Loopback, 0xC3D4), new IPEndPoint(IPAddress.Loopback, 0xA1B2)), Is.EqualTo("22222"));

    [Test]
    public void A_dual_mode_client_socket_is_found_in_the_IPv6_table()
    {
        string[] tcp6 =
        [
            "  sl  local_address                         remote_address                        st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
            "   0: 0000000000000000FFFF00000100007F:C3D4 0000000000000000FFFF00000100007F:A1B2 01 00000000:00000000 00:00000000 00000000     0        0 44444 1 0000000000000000 20 4 30 10 -1",
        ];
        Assert.That(LoopbackPeer.InodeOf(tcp6, new IPEndPoint(IPAddress.Loopback, 0xC3D4), new IPEndPoint(IPAddress.Loopback, 0xA1B2)), Is.EqualTo("44444"));
    }

    [Test]
    public void An_endpoint_in_no_connection_has_no_socket() =>
        Assert.That(LoopbackPeer.InodeOf(Table, new IPEndPoint(IPAddress.Loopback, 0xBEEF), new IPEndPoint(IPAddress.Loopback, 0xA1B2)), Is.Null);
}
