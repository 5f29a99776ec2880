using System.Globalization;
using System.Net;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>
/// Whether the other end of a loopback TCP connection is a socket of this very process: the kernel's table of the
/// namespace's TCP sockets (<c>/proc/net/tcp</c>) names the socket whose local end is the peer's endpoint by its inode,
/// and the process's own descriptors (<c>/proc/self/fd</c>) hold that inode when the socket is ours.
/// </summary>
internal static class LoopbackPeer
{
    /// <summary>True when the socket at <paramref name="peer"/>, connected to <paramref name="local"/>, is open in this process.</summary>
    public static bool IsThisProcess(IPEndPoint peer, IPEndPoint local) =>
        (InodeOf(File.ReadAllLines("/proc/net/tcp"), peer, local) ?? InodeOf(File.ReadAllLines("/proc/net/tcp6"), peer, local)) is { } inode
        && OwnSocketInodes().Contains(inode);

    /// <summary>The inode of the socket whose local end is <paramref name="peer"/> and remote end <paramref name="local"/>, from /proc/net/tcp lines.</summary>
    public static string? InodeOf(IEnumerable<string> procNetTcp, IPEndPoint peer, IPEndPoint local)
    {
        ArgumentNullException.ThrowIfNull(procNetTcp);
        ArgumentNullException.ThrowIfNull(peer);
        ArgumentNullException.ThrowIfNull(local);
        // A dual-mode client socket (IPv6 with an IPv4-mapped address) is listed in /proc/net/tcp6.
        string[] ours = [Hex(peer.Address.MapToIPv4(), peer.Port), Hex(peer.Address.MapToIPv6(), peer.Port)];
        string[] theirs = [Hex(local.Address.MapToIPv4(), local.Port), Hex(local.Address.MapToIPv6(), local.Port)];
        foreach (var line in procNetTcp.Skip(1))
        {
            var f = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (f.Length > 9 && ours.Contains(f[1]) && theirs.Contains(f[2]))
            {
                return f[9];
            }
        }

        return null;
    }

    private static HashSet<string> OwnSocketInodes()
    {
        var inodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
        {
            var target = new FileInfo(fd).LinkTarget;
            if (target is not null && target.StartsWith("socket:[", StringComparison.Ordinal))
            {
                inodes.Add(target[8..^1]);
            }
        }

        return inodes;
    }

    /// <summary>An endpoint as /proc/net/tcp(6) writes it: each 32-bit word of the address in host (little-endian) byte order, then the port.</summary>
    private static string Hex(IPAddress address, int port)
    {
        var bytes = address.GetAddressBytes();
        for (var i = 0; i < bytes.Length; i += 4)
        {
            Array.Reverse(bytes, i, 4);
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Convert.ToHexString(bytes)}:{port:X4}");
    }
}
