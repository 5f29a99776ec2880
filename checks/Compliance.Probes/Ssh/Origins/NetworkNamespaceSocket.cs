using System.Net.Sockets;
using System.Runtime.InteropServices;
using Compliance.Core.Transport;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>
/// Creates TCP sockets that belong to a named network namespace (<c>/run/netns/NAME</c>). A socket keeps the namespace
/// it was created in, so a short-lived thread enters the namespace, creates the socket and ends; no other thread of the
/// process ever changes namespace.
/// </summary>
internal static class NetworkNamespaceSocket
{
    /// <summary>A new, unconnected IPv4 TCP socket inside namespace <paramref name="name"/>.</summary>
    public static Socket Create(string name)
    {
        var path = Path.Combine("/run/netns", name);
        Socket? socket = null;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                EnterNamespace(path);
                socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            }
            catch (Exception exception) when (exception is TransportException or SocketException)
            {
                failure = exception;
            }
        })
        {
            IsBackground = true,
            Name = "netns-socket",
        };
        thread.Start();
        thread.Join();
        return socket ?? throw (failure as TransportException
            ?? new TransportException($"cannot create a socket in network namespace {name}", failure!));
    }

    private static void EnterNamespace(string path)
    {
        var fd = NativeMethods.Open(System.Text.Encoding.UTF8.GetBytes(path + "\0"), NativeMethods.OpenReadOnlyCloseOnExec);
        if (fd < 0)
        {
            throw new TransportException($"cannot open network namespace {path}: errno {Marshal.GetLastPInvokeError()}");
        }

        try
        {
            if (NativeMethods.SetNamespace(fd, NativeMethods.CloneNewNet) != 0)
            {
                throw new TransportException($"cannot enter network namespace {path}: errno {Marshal.GetLastPInvokeError()}");
            }
        }
        finally
        {
            _ = NativeMethods.Close(fd);
        }
    }
}
