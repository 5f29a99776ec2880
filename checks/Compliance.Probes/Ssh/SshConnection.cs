using System.Net;
using System.Net.Sockets;
using Compliance.Core.Transport;
using Compliance.Probes.Ssh.Origins;
using Renci.SshNet;
using Renci.SshNet.Common;

namespace Compliance.Probes.Ssh;

/// <summary>
/// One SSH connection to one endpoint, shared by every command of a run. Commands run as concurrent exec channels,
/// at most <see cref="MaxChannels"/> at a time. A dropped connection is re-established once per command. The TCP
/// connection goes through the route that <paramref name="origin"/> opens on the first connect.
/// </summary>
internal sealed class SshConnection(SshEndpoint endpoint, IConnectionOrigin origin, SshTransportOptions options) : IAsyncDisposable
{
    /// <summary>Concurrent exec channels per connection (OpenSSH allows 10 sessions by default).</summary>
    public const int MaxChannels = 8;

    /// <summary>Connection attempts per connect, each offering the host key types not refused yet.</summary>
    private const int MaxKeyAttempts = 6;

    private readonly SemaphoreSlim connecting = new(1, 1);
    private readonly SemaphoreSlim channels = new(MaxChannels, MaxChannels);
    private SshClient? client;
    private IConnectionRoute? route;

    /// <summary>The endpoint this connection goes to.</summary>
    public SshEndpoint Endpoint => endpoint;

    /// <summary>Where this connection leaves from.</summary>
    public IConnectionOrigin Origin => origin;

    /// <summary>How many SSH connections were established so far (1 while the first one lives).</summary>
    public int ConnectCount { get; private set; }

    /// <summary>Connects now unless already connected; throws <see cref="TransportException"/> when it cannot.</summary>
    public async Task EnsureConnectedAsync(CancellationToken cancellationToken)
    {
        _ = await ClientAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Runs one command line (already quoted) and returns what it did; kills it at <paramref name="timeout"/>.</summary>
    public async Task<CommandResult> RunAsync(string commandLine, string? standardInput, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await channels.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = await ClientAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await SshCommandExecution.RunAsync(current, commandLine, standardInput, timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (IsConnectionLoss(exception) && !cancellationToken.IsCancellationRequested)
            {
                await DropAsync(current).ConfigureAwait(false);
                current = await ClientAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    return await SshCommandExecution.RunAsync(current, commandLine, standardInput, timeout, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception again) when (IsConnectionLoss(again))
                {
                    throw new TransportException($"ssh {endpoint.Account}: connection lost twice while running a command", again);
                }
            }
        }
        finally
        {
            channels.Release();
        }
    }

    private static bool IsConnectionLoss(Exception exception) =>
        exception is SshConnectionException or ObjectDisposedException or SocketException;

    private async Task<SshClient> ClientAsync(CancellationToken cancellationToken)
    {
        await connecting.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (client is { IsConnected: true })
            {
                return client;
            }

            client?.Dispose();
            client = null;
            client = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            ConnectCount++;
            return client;
        }
        finally
        {
            connecting.Release();
        }
    }

    private async Task DropAsync(SshClient dropped)
    {
        await connecting.WaitAsync().ConfigureAwait(false);
        try
        {
            if (ReferenceEquals(client, dropped))
            {
                client.Dispose();
                client = null;
            }
        }
        finally
        {
            connecting.Release();
        }
    }

    private async Task<SshClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var pin = new HostKeyPin(endpoint.HostName, endpoint.HostKey);
        using var key = SshKeyLoader.Load(endpoint);
        var entry = (await RouteAsync(cancellationToken).ConfigureAwait(false)).Entry;
        for (var attempt = 0; ; attempt++)
        {
            pin.BeginAttempt();
            var candidate = attempt < MaxKeyAttempts ? NewClient(pin, key, entry) : null;
            if (candidate is null)
            {
                throw pin.Refusal();
            }

            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            deadline.CancelAfter(options.ConnectTimeout);
            try
            {
                await candidate.ConnectAsync(deadline.Token).ConfigureAwait(false);
                return candidate;
            }
            catch (Exception exception) when (exception is not TransportException)
            {
                candidate.Dispose();
                if (pin.RefusedFamilies.Count > 0 && (!pin.Refused || !pin.HasPin))
                {
                    // No key left to try (the server offers none of the remaining types), or nothing is pinned.
                    throw pin.Refusal();
                }

                if (!pin.Refused)
                {
                    throw ConnectFailure(exception, cancellationToken);
                }
            }
        }
    }

    /// <summary>A client offering only host key families not refused yet; null when none is left.</summary>
    private SshClient? NewClient(HostKeyPin pin, PrivateKeyFile key, IPEndPoint entry)
    {
        var info = new ConnectionInfo(entry.Address.ToString(), entry.Port, endpoint.User, new PrivateKeyAuthenticationMethod(endpoint.User, key))
        {
            Timeout = options.ConnectTimeout,
        };
        foreach (var refused in info.HostKeyAlgorithms.Keys.Where(a => pin.RefusedFamilies.Contains(HostKeyPin.Family(a))).ToList())
        {
            info.HostKeyAlgorithms.Remove(refused);
        }

        if (info.HostKeyAlgorithms.Count == 0)
        {
            return null;
        }

        var client = new SshClient(info);
        client.HostKeyReceived += (_, e) => e.CanTrust = pin.Accepts(e.HostKeyName, e.FingerPrintSHA256);
        return client;
    }

    private TransportException ConnectFailure(Exception exception, CancellationToken cancellationToken)
    {
        var from = origin.Describe.Length == 0 ? "" : $" {origin.Describe}";
        var where = $"ssh {endpoint.Account} ({endpoint.Address}:{endpoint.Port}{from})";
        var routeNote = route?.LastFailure is { } failure ? $" ({failure})" : "";
        return exception switch
        {
            SshAuthenticationException => new TransportException($"{where}: authentication refused for key file {endpoint.KeyFile}", exception),
            OperationCanceledException when !cancellationToken.IsCancellationRequested =>
                new TransportException($"{where}: connect timed out after {options.ConnectTimeout.TotalSeconds:0} s{routeNote}", exception),
            SshOperationTimeoutException => new TransportException($"{where}: connect timed out after {options.ConnectTimeout.TotalSeconds:0} s{routeNote}", exception),
            SocketException socket => new TransportException($"{where}: {socket.SocketErrorCode}{routeNote}", exception),
            _ => new TransportException($"{where}: {exception.Message}{routeNote}", exception),
        };
    }

    private async Task<IConnectionRoute> RouteAsync(CancellationToken cancellationToken)
    {
        if (route is null)
        {
            if (!IPAddress.TryParse(endpoint.Address, out var address))
            {
                throw new TransportException($"host {endpoint.HostName}: '{endpoint.Address}' is not an IP address");
            }

            route = await origin.OpenAsync(new IPEndPoint(address, endpoint.Port), options.ConnectTimeout, cancellationToken).ConfigureAwait(false);
        }

        return route;
    }

    /// <summary>Disconnects and closes the route.</summary>
    public async ValueTask DisposeAsync()
    {
        client?.Dispose();
        client = null;
        if (route is not null)
        {
            await route.DisposeAsync().ConfigureAwait(false);
        }

        connecting.Dispose();
        channels.Dispose();
    }
}
