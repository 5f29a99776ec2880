using Compliance.Controls.Framework;
using Compliance.Core.Transport;

namespace Compliance.Controls.Network.Support;

/// <summary>
/// The host key fingerprints an OpenSSH client started by a probe may accept for a host: the inventory's pin
/// (<c>host_key</c>, required for every host reached over SSH); for a host the suite reads directly (a lab namespace),
/// the fingerprints of the host keys in its own <c>/etc/ssh</c>, read through that direct channel. Cached per run.
/// </summary>
internal static class HostKeyPins
{
    private const string ReadOwnKeys = "for f in /etc/ssh/ssh_host_*_key.pub; do [ -e \"$f\" ] && ssh-keygen -lf \"$f\"; done";

    public static Task<IReadOnlyList<string>> OfAsync(CheckContext context, string host, CancellationToken ct) =>
        context.Probes.GetAsync<IReadOnlyList<string>>($"host-key-pins|{host}", async ct =>
        {
            var entry = context.Inventory.Host(host);
            if (entry.Transport.HostKey is { } pinned)
            {
                return [pinned];
            }

            if (entry.Transport.Kind == "ssh")
            {
                throw new PrerequisiteFailedException($"{host} has no pinned host key (host_key) in the inventory: an SSH client could not tell it from an impostor");
            }

            var transport = await Hosts.TransportAsync(context, host, ct).ConfigureAwait(false);
            var result = await transport.RunAsync(CommandRequest.Of(TimeSpan.FromSeconds(20), "bash", "-c", ReadOwnKeys), ct).ConfigureAwait(false);
            List<string> own = [.. result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries)
                .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Where(w => w.Length >= 2 && w[1].StartsWith("SHA256:", StringComparison.Ordinal))
                .Select(w => w[1])];
            return own.Count > 0 ? own : throw new PrerequisiteFailedException($"{host} has no readable SSH host key in /etc/ssh: nothing to pin its SSH server to");
        }, ct);
}
