using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Jupyter;

/// <summary>The Jupyter servers that really run: TCP sockets in the inventory's Jupyter port range on the host, read from the host itself.</summary>
internal static class JupyterDiscovery
{
    public static async Task<IReadOnlyList<ListeningSocket>> RunningAsync(CheckContext context, EvidenceLog evidence, CancellationToken ct)
    {
        var jupyter = context.Inventory.Expected.Get<JupyterExpectation>();
        var sockets = await Scans.ListeningAsync(context, jupyter.Host, ct).ConfigureAwait(false);
        var running = sockets.Where(s => s.Protocol == "tcp" && s.Port >= jupyter.PortMin && s.Port <= jupyter.PortMax && jupyter.ProcessNames.Any(p => s.Process.StartsWith(p, StringComparison.Ordinal)))
            .DistinctBy(s => s.Port).OrderBy(s => s.Port).ToList();
        evidence.Record(jupyter.Host, "listening sockets (ss)", $"Jupyter servers in ports {jupyter.PortMin}-{jupyter.PortMax}", string.Join(", ", jupyter.Servers.Select(s => $"{s.User}:{s.Port}")),
            string.Join(", ", running.Select(r => $"{r.Process} uid {r.Uid} on {r.Address}:{r.Port}")));
        if (running.Count == 0)
        {
            throw new PrerequisiteFailedException($"no Jupyter server runs on {jupyter.Host}: nothing to check");
        }

        return running;
    }

    public static async Task<HttpAnswer> GetAsync(CheckContext context, string vantage, string method, string path, CancellationToken ct)
    {
        var jupyter = context.Inventory.Expected.Get<JupyterExpectation>();
        var host = context.Inventory.Host(jupyter.Host);
        var name = context.Inventory.Expected.Has<TlsExpectation>() ? context.Inventory.Expected.Get<TlsExpectation>().ServerName : host.Address;
        var transport = await Hosts.TransportAsync(context, vantage, ct).ConfigureAwait(false);
        return await HttpsProbe.RequestAsync(transport, method, $"https://{name}:{jupyter.HttpsPort}{path}", name, host.Address, jupyter.HttpsPort, ct).ConfigureAwait(false);
    }
}
