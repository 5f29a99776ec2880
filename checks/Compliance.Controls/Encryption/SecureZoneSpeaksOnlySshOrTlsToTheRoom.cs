using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Encryption;

/// <summary>
/// ENC-01: every TCP port of every Secure Zone address that a room terminal can connect to (all 65,535 tried) speaks SSH
/// or TLS; a plaintext answer (HTTP, a banner) fails, a port that says nothing identifiable is Not verified.
/// </summary>
public sealed class SecureZoneSpeaksOnlySshOrTlsToTheRoom : Check
{
    public override string ControlId => "ENC-01";

    public override string Title => "Every path from the security room into the Secure Zone is SSH or TLS";

    /// <inheritdoc/>
    public override bool IsLong => true;

    /// <inheritdoc/>
    public override TimeSpan Deadline => TimeSpan.FromMinutes(5);

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var secure = context.Inventory.Expected.Get<EgressExpectation>().SecureVantages.Select(context.Inventory.Host).ToList();
        var terminals = Hosts.TerminalHosts(context.Inventory);
        var jobs = from t in terminals from h in secure from a in h.Addresses select Classify(t.Name, h.Name, a);
        var found = (await Task.WhenAll(jobs).ConfigureAwait(false)).SelectMany(x => x).ToList();
        if (found.Count == 0)
        {
            throw new PrerequisiteFailedException("no terminal connects to any Secure Zone port: there is no path whose protocol could be shown");
        }

        var silent = found.Where(f => f.Protocol.Kind is "silent" or "closed").ToList();
        var plain = found.Where(f => !f.Protocol.Encrypted && f.Protocol.Kind is not ("silent" or "closed")).ToList();
        if (plain.Count > 0)
        {
            return Verdict.Fail($"plaintext services reachable from the room: {string.Join("; ", plain.Select(p => $"{p.Vantage} -> {p.Target}:{p.Protocol.Port} {p.Protocol.Detail}"))}");
        }

        return silent.Count > 0
            ? Verdict.NotVerified($"ports whose protocol could not be identified: {string.Join("; ", silent.Select(p => $"{p.Vantage} -> {p.Target}:{p.Protocol.Port} {p.Protocol.Detail}"))}")
            : Verdict.Pass($"{found.Count} reachable ports from {terminals.Count} terminals all speak SSH or TLS");

        async Task<IReadOnlyList<(string Vantage, string Target, DetectedProtocol Protocol)>> Classify(string vantage, string host, string address)
        {
            await VantageHealth.EnsureAliveAsync(context, evidence, vantage, cancellationToken).ConfigureAwait(false);
            var scan = await Scans.TcpAsync(context, vantage, address, "1-65535", cancellationToken).ConfigureAwait(false);
            var transport = await Hosts.TransportAsync(context, vantage, cancellationToken).ConfigureAwait(false);
            var results = new List<(string, string, DetectedProtocol)>();
            foreach (var port in scan.PortsOf(PortClass.Connected))
            {
                var p = await ProtocolDetector.DetectAsync(transport, address, port, host, cancellationToken).ConfigureAwait(false);
                evidence.Record(vantage, $"{host} {address}:{port}", "protocol detection (SSH banner / TLS handshake / HTTP request)", "ssh or tls", p.Detail);
                results.Add((vantage, $"{host} {address}", p));
            }

            evidence.Record(vantage, $"{host} {address}", "TCP connect to ports 1-65535", "only encrypted services connect", $"connected: {PortRanges.Format(scan.PortsOf(PortClass.Connected))}; {scan.Summary}");
            return results;
        }
    }
}
