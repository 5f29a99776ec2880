using System.Net;
using System.Net.Sockets;
using Compliance.Core.Transport;

namespace Compliance.Probes.Ssh.Origins;

/// <summary>
/// A loopback TCP relay for lab hosts the root namespace cannot route to: it listens on <c>127.0.0.1:&lt;ephemeral&gt;</c>
/// and joins each accepted connection to a new connection to <paramref name="target"/> opened from inside network
/// namespace <paramref name="namespaceName"/>. SSH runs end to end through it; the relay sees only ciphertext. Only
/// connections from this process's own sockets are relayed.
/// </summary>
internal sealed class NamespaceRelay(string namespaceName, IPEndPoint target, TimeSpan connectTimeout) : IConnectionRoute
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private Task? acceptLoop;

    /// <summary>The loopback endpoint the SSH client connects to.</summary>
    public IPEndPoint Entry => (IPEndPoint)listener.LocalEndpoint;

    /// <summary>Why the last outbound connection failed (shown when the SSH connect fails), or null.</summary>
    public string? LastFailure { get; private set; }

    /// <summary>Starts listening on <see cref="Entry"/>.</summary>
    public void Start()
    {
        listener.Start();
        acceptLoop = Task.Run(() => AcceptAsync(stopping.Token));
    }

    private async Task AcceptAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            Socket inbound;
            try
            {
                inbound = await listener.AcceptSocketAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            // Any local account could dial a loopback port and so reach into the lab's namespace: only a socket of this
            // process (the suite's own SSH client) is relayed.
            if (inbound.RemoteEndPoint is not IPEndPoint peer || !LoopbackPeer.IsThisProcess(peer, Entry))
            {
                LastFailure = $"refused a connection to the relay from {inbound.RemoteEndPoint}: not a socket of this process";
                inbound.Dispose();
                continue;
            }

            _ = Task.Run(() => RelayAsync(inbound, cancellationToken), CancellationToken.None);
        }
    }

    private async Task RelayAsync(Socket inbound, CancellationToken cancellationToken)
    {
        using (inbound)
        {
            Socket outbound;
            try
            {
                outbound = NetworkNamespaceSocket.Create(namespaceName);
            }
            catch (TransportException exception)
            {
                LastFailure = exception.Message;
                return;
            }

            using (outbound)
            {
                using var connectDeadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                connectDeadline.CancelAfter(connectTimeout);
                try
                {
                    await outbound.ConnectAsync(target, connectDeadline.Token).ConfigureAwait(false);
                    LastFailure = null;
                }
                catch (SocketException exception)
                {
                    LastFailure = $"connect to {target} from namespace {namespaceName}: {exception.SocketErrorCode}";
                    return;
                }
                catch (OperationCanceledException)
                {
                    LastFailure = $"connect to {target} from namespace {namespaceName}: timed out after {connectTimeout.TotalSeconds:0} s";
                    return;
                }

                await Task.WhenAll(PumpAsync(inbound, outbound), PumpAsync(outbound, inbound)).ConfigureAwait(false);
            }
        }
    }

    private static async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[16384];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None).ConfigureAwait(false)) > 0)
            {
                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None).ConfigureAwait(false);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            from.Close();
            to.Close();
        }
    }

    /// <summary>Stops listening; relayed connections end when their SSH client disconnects.</summary>
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        if (acceptLoop is not null)
        {
            await acceptLoop.ConfigureAwait(false);
        }

        listener.Dispose();
        stopping.Dispose();
    }
}
