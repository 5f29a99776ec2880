using Compliance.Controls.Framework;
using Compliance.Controls.Network.Support;
using Compliance.Core.Inventory.Expected;
using Compliance.Probes.Network;

namespace Compliance.Controls.Network;

/// <summary>
/// NET-08: through the proxy, unlisted names (samples and a random one), IP literals of allowlisted sites and CONNECT to
/// unlisted names are refused by the proxy's policy, for every client; an allowlisted name works from the same client first.
/// </summary>
public sealed class ProxyRefusesUnlistedNamesIpLiteralsAndConnect : Check
{
    public override string ControlId => "NET-08";

    public override string Title => "The proxy refuses unlisted names, IP literals and CONNECT to unlisted names";

    protected override async Task<Verdict> EvaluateAsync(CheckContext context, EvidenceLog evidence, CancellationToken cancellationToken)
    {
        var proxy = context.Inventory.Expected.Get<ProxyExpectation>();
        var random = $"c{Guid.NewGuid():N}"[..16] + "." + proxy.DeniedNames[0].Split('.', 2)[^1];
        var targets = proxy.DeniedNames.Append(random).Append(proxy.IpLiteral)
            .SelectMany(n => new[] { $"http://{n}/", $"https://{n}/" })
            .Append($"https://{proxy.Allowlist[0]}:22/")
            .ToList();
        await Task.WhenAll(proxy.Clients.Select(c => ProxyControl.RequireClientServedAsync(context, evidence, c, cancellationToken))).ConfigureAwait(false);
        var findings = new Findings("request");
        var requests = from client in proxy.Clients from url in targets select (Client: client, Url: url);
        await findings.EachAsync(requests, r => $"{r.Client} {r.Url}", r => ProxyControl.RequireRefusedAsync(context, evidence, findings, r.Client, r.Url, cancellationToken), cancellationToken, context.Redactor).ConfigureAwait(false);
        return findings.Verdict($"{targets.Count} unlisted targets refused by the proxy for {string.Join(", ", proxy.Clients)}");
    }
}
